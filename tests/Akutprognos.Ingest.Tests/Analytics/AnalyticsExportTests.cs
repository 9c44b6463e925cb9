using Akutprognos.Core.Calendar;
using Akutprognos.Ingest.Analytics;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Visitors;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Analytics;

public sealed class AnalyticsExportTests
{
    static readonly AnalyticsExport Reader = new(new VisitorsCsvOptions { Signal = "all", TimeZone = LocalDays.Stockholm });

    static DateTimeOffset Utc(int month, int day, int hour) => new(2025, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_Ga4CsvWithCommentsAndTotals_HourlyUsersAtLocalHours()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("ga4.csv", """
            # ----------------------------------------
            # Vårdguiden
            # Start date: 20250106
            # ----------------------------------------

            Date + hour (YYYYMMDDHH),Active users
            2025010618,1204
            2025010619,1310

            Total,2514
            """);

        var (kind, hourly, _) = Reader.Read(path);

        Assert.Equal("Google Analytics 4 CSV", kind);
        Assert.Equal([(Utc(1, 6, 17), 1204), (Utc(1, 6, 18), 1310)], hourly.Select(h => (h.Hour, h.Visitors)));
    }

    [Fact]
    public void Read_Ga4DateAndHourColumns_SpringGapHourAddsToNext()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("ga4.csv", "Date,Hour,Total users\n20250330,01,5\n20250330,02,3\n20250330,03,4\n");

        var (_, hourly, _) = Reader.Read(path);

        Assert.Equal([(Utc(3, 30, 0), 5), (Utc(3, 30, 1), 7)], hourly.Select(h => (h.Hour, h.Visitors)));
    }

    [Fact]
    public void Read_MatomoApiJson_UniqueVisitorsWhereGivenElseVisits()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("matomo.json", """
            {"2025-01-06": [{"label": "18h", "nb_visits": 412, "nb_uniq_visitors": 400}, {"label": "19h", "nb_visits": 420, "nb_uniq_visitors": null}],
             "2025-01-07": [{"label": "0", "nb_visits": "12"}]}
            """);

        var (kind, hourly, _) = Reader.Read(path);

        Assert.Equal("Matomo API JSON", kind);
        Assert.Equal([(Utc(1, 6, 17), 400), (Utc(1, 6, 18), 420), (Utc(1, 6, 23), 12)], hourly.Select(h => (h.Hour, h.Visitors)));
    }

    [Fact]
    public void Read_MatomoCsv_ReadsDateLabelVisits()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("matomo.csv", "date,label,nb_visits,nb_actions\n2025-01-06,18h,412,900\n2025-01-06,19h,420,950\n");

        var (kind, hourly, _) = Reader.Read(path);

        Assert.Equal("Matomo CSV", kind);
        Assert.Equal([(Utc(1, 6, 17), 412), (Utc(1, 6, 18), 420)], hourly.Select(h => (h.Hour, h.Visitors)));
    }

    [Fact]
    public void Read_MatomoBadHourLabel_InputExceptionWithLine()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("matomo.csv", "date,label,nb_visits\n2025-01-06,18h,412\n2025-01-06,evening,420\n");

        var error = Assert.Throws<InputException>(() => Reader.Read(path));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Read_PlainTimestampVisitors_FallsBackToVisitorsCsv()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("plain.csv", "timestamp,visitors\n2025-01-06T18:00:00+01:00,7\n");

        var (kind, hourly, report) = Reader.Read(path);

        Assert.Equal("visitors CSV", kind);
        Assert.NotNull(report);
        Assert.Equal([(Utc(1, 6, 17), 7)], hourly.Select(h => (h.Hour, h.Visitors)));
    }
}
