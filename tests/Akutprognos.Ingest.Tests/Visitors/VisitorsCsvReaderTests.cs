using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Visitors;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Visitors;

public sealed class VisitorsCsvReaderTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    VisitorsReadResult Read(string text, VisitorsCsvOptions? options = null) =>
        new VisitorsCsvReader(options ?? new VisitorsCsvOptions()).Read(folder.Write("visitors.csv", text));

    static HourlyVisitors Hour(string signal, string utc, int visitors) =>
        new(signal, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), visitors);

    [Fact]
    public void Read_HourWithOffsets_GivesThoseInstantsForSignalAll()
    {
        var result = Read("hour,visitors\n2025-01-06T18:00:00+01:00,412\n2025-01-06T19:00:00+01:00,398\n");

        Assert.Equal([Hour("all", "2025-01-06T17:00Z", 412), Hour("all", "2025-01-06T18:00Z", 398)], result.Hourly);
        Assert.Equal("read as UTF-8, ','-separated", result.Report.Dialect.ToString());
    }

    [Fact]
    public void Read_TimestampWithoutOffset_ReadsLocalClockForNamedSignal()
    {
        var result = Read("timestamp;visitors\n06.01.2025 18:00;412\n2025-07-01 18:00;120\n", new VisitorsCsvOptions { Signal = "1177" });

        Assert.Equal([Hour("1177", "2025-01-06T17:00Z", 412), Hour("1177", "2025-07-01T16:00Z", 120)], result.Hourly);
    }

    [Fact]
    public void Read_IgnoreOffset_ReadsClockTimeAsLocal()
    {
        var result = Read("hour,visitors\n2025-01-06T18:00:00Z,412\n", new VisitorsCsvOptions { IgnoreOffset = true });

        Assert.Equal([Hour("all", "2025-01-06T17:00Z", 412)], result.Hourly);
    }

    [Fact]
    public void Read_SpringForwardGapHour_AddsItToTheNextHour()
    {
        var result = Read("hour,visitors\n2025-03-30 01:00,5\n2025-03-30 02:00,3\n2025-03-30 03:00,4\n");

        Assert.Equal([Hour("all", "2025-03-30T00:00Z", 5), Hour("all", "2025-03-30T01:00Z", 7)], result.Hourly);
        Assert.Single(result.Report.Warnings);
    }

    [Theory]
    [InlineData("hour,visitors\n2025-01-06T18:00:00+01:00,-1\n", 2, "the visitors count -1 is negative")]
    [InlineData("hour,visitors\n2025-01-06T18:00:00+01:00,1.5\n", 2, "not a whole number")]
    [InlineData("hour,visitors\n2025-01-06T18:00:00+01:00,1\n2025-01-06T17:00:00Z,2\n", 3, "here but 1 on line 2")]
    [InlineData("hour,visitors\n2025-01-06T18:15:00+01:00,1\n", 2, "not on the hour")]
    [InlineData("hour,visitors\n2025-02-30T18:00:00+01:00,1\n", 2, "the date 2025-02-30 does not exist")]
    [InlineData("hour,timestamp,visitors\n2025-01-06T18:00:00+01:00,2025-01-06T18:00:00+01:00,1\n", 1, "both 'hour' and 'timestamp'")]
    [InlineData("hour,count\n2025-01-06T18:00:00+01:00,1\n", 1, "found 'hour', 'count'; expected 'hour,visitors' or 'timestamp,visitors'")]
    [InlineData("hour,visitors\n2025-01-06T18:00:00+01:00\n", 2, "this line has 1 fields but the header has 2")]
    public void Read_BadLine_FailsNamingLineAndProblem(string text, int line, string problem)
    {
        var error = Assert.Throws<InputException>(() => Read(text));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"{folder.PathOf("visitors.csv")}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_FailsNamingTheFile()
    {
        var error = Assert.Throws<InputException>(() => Read("hour,visitors\n"));

        Assert.Equal($"{folder.PathOf("visitors.csv")}: the file has a header but no rows.", error.Message);
    }
}
