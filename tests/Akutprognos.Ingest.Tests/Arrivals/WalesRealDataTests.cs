using System.Globalization;
using Akutprognos.Core.Calendar;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Arrivals;

/// <summary>
/// The real hourly series from Wales: local clock times marked 'Z', 24 rows every day (so the four
/// spring-forward days each carry one hour that did not happen).
/// </summary>
public sealed class WalesRealDataTests
{
    static readonly ArrivalsCsvOptions Wales = new()
    {
        TimeColumn = "arrival_1h",
        CountColumn = "n_attendance",
        IgnoreOffset = true,
        DefaultSite = "h2",
    };

    [SkippableFact]
    public void Read_WalesHourlyFile_KeepsEveryArrival()
    {
        var path = RealData.RequireFile("ed-wales-hourly/h2_hourly.csv");
        var rows = PlainRows(path);

        var result = new ArrivalsCsvReader(Wales).Read(path);

        Assert.Equal(43_080, rows.Count);
        Assert.Equal(43_080, result.Report.RowsRead);
        var gapHours = result.Report.Warnings.Count(w => w.Contains("does not exist", StringComparison.Ordinal));
        Assert.Equal(4, gapHours);
        Assert.Equal(43_080, result.Hourly.Count + gapHours);
        Assert.Equal(rows.Sum(r => (long)r.Count), result.Hourly.Sum(h => (long)h.Count));
        Assert.All(result.Hourly, h => Assert.Equal("h2", h.Site));
    }

    [SkippableTheory]
    [InlineData("2018-03-01")]
    [InlineData("2018-12-25")]
    public void Read_WalesHourlyFile_DailyTotalsMatchPlainSums(string date)
    {
        var path = RealData.RequireFile("ed-wales-hourly/h2_hourly.csv");
        var expected = PlainRows(path).Where(r => r.Time.StartsWith(date, StringComparison.Ordinal)).Sum(r => r.Count);

        var result = new ArrivalsCsvReader(Wales).Read(path);

        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var actual = result.Hourly.Where(h => LocalDays.DateOf(h.Hour, Wales.TimeZone) == day).Sum(h => h.Count);
        Assert.True(expected > 0);
        Assert.Equal(expected, actual);
    }

    // An independent read: no CSV library, no time zones, just the text.
    static List<(string Time, int Count)> PlainRows(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => (f[0], int.Parse(f[1], CultureInfo.InvariantCulture)))];
}
