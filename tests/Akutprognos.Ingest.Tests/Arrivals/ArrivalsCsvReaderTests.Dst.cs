using System.Globalization;
using System.Text;

namespace Akutprognos.Ingest.Tests.Arrivals;

public sealed partial class ArrivalsCsvReaderTests
{
    static string HourlyDay(string date, IEnumerable<int> clockHours, int firstCount)
    {
        var text = new StringBuilder("timestamp,count\n");
        var count = firstCount;
        foreach (var hour in clockHours)
        {
            text.Append(CultureInfo.InvariantCulture, $"{date} {hour:00}:00,{count++}\n");
        }
        return text.ToString();
    }

    [Fact]
    public void Read_SpringForwardDayWith24Rows_AddsTheMissingHourToTheNext()
    {
        // Counts 1..24 for clock hours 00..23; 02:00 does not exist on 2024-03-31 in Stockholm.
        var result = Read(HourlyDay("2024-03-31", Enumerable.Range(0, 24), firstCount: 1));

        Assert.Equal(23, result.Hourly.Count);
        Assert.Equal(Hour("Södersjukhuset", "2024-03-30T23:00Z", 1), result.Hourly[0]);
        Assert.Equal(Hour("Södersjukhuset", "2024-03-31T00:00Z", 2), result.Hourly[1]);
        Assert.Equal(Hour("Södersjukhuset", "2024-03-31T01:00Z", 3 + 4), result.Hourly[2]);
        Assert.Equal(Hour("Södersjukhuset", "2024-03-31T21:00Z", 24), result.Hourly[^1]);
        Assert.Equal(300, result.Hourly.Sum(h => h.Count));
        var warning = Assert.Single(result.Report.Warnings);
        Assert.StartsWith($"{folder.PathOf("arrivals.csv")}:4: 2024-03-31 02:00 does not exist", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FallBackDayWithRepeatedHour_ReadsSummerThenWinterTime()
    {
        // Clock hours 00, 01, 02, 02, 03 … 23 with counts 10, 11, 12, 13, 14 …: 25 real hours.
        var hours = new[] { 0, 1, 2 }.Concat(Enumerable.Range(2, 22));

        var result = Read(HourlyDay("2024-10-27", hours, firstCount: 10));

        Assert.Equal(25, result.Hourly.Count);
        Assert.Equal(Hour("Södersjukhuset", "2024-10-26T22:00Z", 10), result.Hourly[0]);
        Assert.Equal(Hour("Södersjukhuset", "2024-10-27T00:00Z", 12), result.Hourly[2]);
        Assert.Equal(Hour("Södersjukhuset", "2024-10-27T01:00Z", 13), result.Hourly[3]);
        Assert.Equal(Hour("Södersjukhuset", "2024-10-27T02:00Z", 14), result.Hourly[4]);
        Assert.Equal(Hour("Södersjukhuset", "2024-10-27T22:00Z", 34), result.Hourly[^1]);
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void Read_FallBackDayWith24Rows_ReadsTheSingleRepeatedHourAsSummerTime()
    {
        var result = Read(HourlyDay("2024-10-27", Enumerable.Range(0, 24), firstCount: 1));

        Assert.Equal(24, result.Hourly.Count);
        Assert.Equal(Hour("Södersjukhuset", "2024-10-27T00:00Z", 3), result.Hourly[2]);
        Assert.Equal(Hour("Södersjukhuset", "2024-10-27T02:00Z", 4), result.Hourly[3]);
    }

    [Fact]
    public void Read_VisitInSpringForwardGap_FailsNamingTheLine()
    {
        var error = Fails("arrival\n2024-03-31 01:59\n2024-03-31 02:30\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("2024-03-31 02:30 does not exist in Europe/Stockholm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_VisitInRepeatedHour_CountsItAsSummerTimeWithAWarning()
    {
        var result = Read("arrival\n2024-10-27 02:30\n");

        Assert.Equal([Hour("Södersjukhuset", "2024-10-27T00:00Z", 1)], result.Hourly);
        Assert.Contains("summer time", Assert.Single(result.Report.Warnings), StringComparison.Ordinal);
    }
}
