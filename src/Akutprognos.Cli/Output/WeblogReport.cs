using System.Globalization;
using Akutprognos.Ingest.Weblogs;

namespace Akutprognos.Cli.Output;

/// <summary>The summary of a log read for people, on stderr: counts, then the first malformed lines and file problems.</summary>
static class WeblogReport
{
    const int Shown = 10;

    public static void Write(WeblogResult result, string primarySignal)
    {
        var c = result.Counts;
        var hours = result.Hourly(primarySignal);
        Report.Line(string.Create(CultureInfo.InvariantCulture,
            $"{result.Files} files, {c.Lines:N0} lines: {c.PageViews:N0} page views, {hours.Sum(h => (long)h.Visitors):N0} visitors summed over {hours.Count:N0} hours; " +
            $"left out: {c.Crawlers:N0} crawler hits, {c.Assets:N0} assets, {c.Errors:N0} errors, {c.OtherMethods:N0} other methods, " +
            $"{c.Skipped:N0} skipped, {c.Malformed:N0} malformed"));
        foreach (var line in result.MalformedLines.Take(Shown))
        {
            Report.Line($"malformed: {line}");
        }
        if (c.Malformed > Math.Min(Shown, result.MalformedLines.Count))
        {
            Report.Line(string.Create(CultureInfo.InvariantCulture, $"malformed: … {c.Malformed - Math.Min(Shown, result.MalformedLines.Count):N0} more"));
        }
        foreach (var note in result.FileNotes)
        {
            Report.Line($"warning: {note}");
        }
    }
}
