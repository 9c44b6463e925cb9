using System.Globalization;
using System.Text.Json;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Pipeline.Sites;

namespace Akutprognos.Cli.Output;

/// <summary>A day's forecast as a table for the coordinator, or as JSON with the hours.</summary>
static class ForecastWriter
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteTable(TextWriter output, DateOnly date, IReadOnlyList<ForecastLine> lines)
    {
        output.WriteLine(string.Create(Invariant, $"Forecast for {date:dddd yyyy-MM-dd}"));
        output.WriteLine($"  {"ED",-22} {"forecast",8} {"80% interval",14} {"95% interval",14} {"usual",6}  model");
        foreach (var line in lines)
        {
            var f = line.Forecast;
            var name = f.Id.IsRegion ? $"{line.Shown} (total)" : line.Shown;
            var usual = line.UsualForWeekday is { } u ? u.ToString("F0", Invariant) : "–";
            output.WriteLine(string.Create(Invariant,
                $"  {name,-22} {f.Mean,8:F0} {Range(f.Interval80),14} {Range(f.Interval95),14} {usual,6}  {f.Model}"));
            if (f.Fallback is not null)
            {
                output.WriteLine($"  {"",-22} note: {f.Fallback}");
            }
        }
        output.WriteLine("  usual = mean of the same weekday over the last eight weeks");
    }

    static string Range(PredictionInterval i) => string.Create(Invariant, $"{i.Lower:F0}–{i.Upper:F0}");

    /// <summary>
    /// The run as JSON: <c>series</c> is a site's name or "total" for a region (its code in <c>region</c> when the
    /// database holds several), hours in the series' own zone, and the skipped series with their reasons.
    /// </summary>
    public static void WriteJson(TextWriter output, ForecastRun run, SiteSetup setup)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("date", run.Date.ToString("yyyy-MM-dd", Invariant));
            writer.WriteStartArray("forecasts");
            foreach (var line in run.Lines)
            {
                var f = line.Forecast;
                var id = f.Id;
                var zone = id.IsRegion ? setup.RegionSettings(id, out _)?.Zone ?? setup.HomeZone : setup.ZoneOf(id.Name);
                writer.WriteStartObject();
                writer.WriteString("series", id.IsRegion ? SeriesId.RegionKey : f.Series);
                if (id.IsRegion && setup.SeveralRegions)
                {
                    writer.WriteString("region", id.Name);
                }
                writer.WriteString("displayName", line.Shown);
                writer.WriteString("model", f.Model);
                WriteBands(writer, f.Mean, f.Interval80, f.Interval95);
                JsonOutput.Number(writer, "usual", line.UsualForWeekday ?? double.NaN, 1);
                writer.WriteString("fallback", f.Fallback);
                writer.WriteStartArray("hours");
                foreach (var h in f.Hours)
                {
                    writer.WriteStartObject();
                    writer.WriteString("hour", JsonOutput.LocalTime(h.Hour, zone));
                    WriteBands(writer, h.Mean, h.Interval80, h.Interval95);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("skipped");
            foreach (var skipped in run.Skipped)
            {
                writer.WriteStartObject();
                writer.WriteString("series", skipped.Id.IsRegion ? SeriesId.RegionKey : skipped.Id.Name);
                writer.WriteString("reason", skipped.Reason);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    static void WriteBands(Utf8JsonWriter writer, double mean, PredictionInterval i80, PredictionInterval i95)
    {
        JsonOutput.Number(writer, "mean", mean, 1);
        JsonOutput.Number(writer, "lo80", i80.Lower, 1);
        JsonOutput.Number(writer, "hi80", i80.Upper, 1);
        JsonOutput.Number(writer, "lo95", i95.Lower, 1);
        JsonOutput.Number(writer, "hi95", i95.Upper, 1);
    }
}
