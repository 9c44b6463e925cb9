using Akutprognos.Ingest.Weblogs;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Weblogs;

public sealed class RealLogTests
{
    static WeblogResult Read(string file) =>
        new WeblogReader(new WeblogOptions { TimeZone = TimeZoneInfo.Utc }).Read([RealData.RequireFile(file)]);

    [SkippableFact]
    public void Read_ApacheCombinedSample_NoMalformedLinesAndEveryLineAccounted()
    {
        var result = Read("weblogs/apache-combined-semicomplete-2015.log");
        var c = result.Counts;

        Assert.Equal(9_999, c.Lines);
        Assert.Equal(0, c.Malformed);
        Assert.Equal(c.Lines, c.PageViews + c.Crawlers + c.Assets + c.Errors + c.OtherMethods);
        // HEAD and OPTIONS requests with a status of 100–399, counted by awk over the quoted request and status fields.
        Assert.Equal(34, c.OtherMethods);
        Assert.Equal(84, result.Hourly("all").Count);
        Assert.Empty(result.FileNotes);
    }

    [SkippableTheory]
    [InlineData("weblogs/iis-w3c/ex960101.log")]
    [InlineData("weblogs/iis-w3c/u_ex100815.log")]
    [InlineData("weblogs/iis-w3c/u_ex160110.log")]
    public void Read_IisW3cSamples_NoMalformedLines(string file)
    {
        var result = Read(file);

        Assert.Equal(0, result.Counts.Malformed);
        Assert.True(result.Counts.Crawlers + result.Counts.PageViews + result.Counts.Errors > 0);
        Assert.Empty(result.FileNotes);
    }

    [SkippableFact]
    public void Read_W3cLayoutsThatAreNoWebLogs_SkippedWithNote()
    {
        // A firewall log and a layout without times: W3C files, but nothing in them is a countable request.
        foreach (var file in new[] { "weblogs/iis-w3c/pf040903.log", "weblogs/iis-w3c/ex031118.log" })
        {
            var result = Read(file);

            Assert.Equal(0, result.Counts.Malformed);
            Assert.Equal(result.Counts.Lines, result.Counts.Skipped);
            Assert.Contains("#Fields lacks", Assert.Single(result.FileNotes), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Read_IisNativeFormat_NotRecognisedAndCountedMalformed()
    {
        // ex010320.log is IIS's older comma-separated format, which carries no user agent: not read.
        var result = Read("weblogs/iis-w3c/ex010320.log");

        Assert.Equal(2, result.Counts.Malformed);
        Assert.Contains("not a recognised access log", Assert.Single(result.FileNotes), StringComparison.Ordinal);
    }
}
