using System.Text;
using Akutprognos.Core.Series;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Tests.Arrivals;

public sealed partial class ArrivalsCsvReaderTests
{
    [Fact]
    public void Read_DailyCounts_GivesOneRowPerSiteAndDate()
    {
        var result = Read("date,count\n2024-03-05,120\n2024-03-06,131\n");

        Assert.Equal(ArrivalsShape.DailyCounts, result.Shape);
        Assert.Empty(result.Hourly);
        Assert.Equal(
            [new DailyArrivals("Södersjukhuset", new DateOnly(2024, 3, 5), 120), new DailyArrivals("Södersjukhuset", new DateOnly(2024, 3, 6), 131)],
            result.Daily);
        Assert.Equal(2, result.Report.RowsRead);
    }

    [Fact]
    public void Read_HourlyCountsWithOffsets_GivesThoseInstants()
    {
        var result = Read("timestamp,count\n2024-01-15T10:00:00+01:00,7\n2024-07-01T10:00:00+02:00,9\n2024-07-01T12:00:00Z,4\n");

        Assert.Equal(ArrivalsShape.HourlyCounts, result.Shape);
        Assert.Equal(
            [Hour("Södersjukhuset", "2024-01-15T09:00Z", 7), Hour("Södersjukhuset", "2024-07-01T08:00Z", 9), Hour("Södersjukhuset", "2024-07-01T12:00Z", 4)],
            result.Hourly);
    }

    [Fact]
    public void Read_HourlyCountsWithoutOffset_ReadsStockholmClockTime()
    {
        var result = Read("Timestamp,COUNT\n2024-01-15 10:00,7\n2024-07-01 10:00:00,9\n");

        Assert.Equal([Hour("Södersjukhuset", "2024-01-15T09:00Z", 7), Hour("Södersjukhuset", "2024-07-01T08:00Z", 9)], result.Hourly);
    }

    [Fact]
    public void Read_IgnoreOffset_ReadsZuluTimesAsLocalClock()
    {
        var text = "timestamp,count\n2024-01-15T10:00:00Z,7\n2024-07-01T10:00:00+05:00,9\n";

        var result = Read(text, OneSite with { IgnoreOffset = true });

        Assert.Equal([Hour("Södersjukhuset", "2024-01-15T09:00Z", 7), Hour("Södersjukhuset", "2024-07-01T08:00Z", 9)], result.Hourly);
    }

    [Fact]
    public void Read_OtherTimeZone_ReadsClockTimesThere()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        var result = Read("timestamp,count\n2024-07-01 10:00,9\n", OneSite with { TimeZone = london });

        Assert.Equal([Hour("Södersjukhuset", "2024-07-01T09:00Z", 9)], result.Hourly);
    }

    [Fact]
    public void Read_Visits_CountsEachIdOnceIntoLocalHours()
    {
        var text = "id,arrival,site\n1,2024-01-15 10:07,A\n2,2024-01-15 10:59,A\n1,2024-01-15 10:07,A\n3,2024-01-15 12:30,A\n4,2024-01-15T10:15:00+01:00,B\n";

        var result = Read(text, new ArrivalsCsvOptions());

        Assert.Equal(ArrivalsShape.Visits, result.Shape);
        Assert.Equal(
            [Hour("A", "2024-01-15T09:00Z", 2), Hour("A", "2024-01-15T10:00Z", 0), Hour("A", "2024-01-15T11:00Z", 1), Hour("B", "2024-01-15T09:00Z", 1)],
            result.Hourly);
        Assert.Equal(5, result.Report.RowsRead);
        Assert.Equal(1, result.Report.DuplicateRowsDropped);
    }

    [Fact]
    public void Read_VisitsWithOffset_FloorsToTheLocalHour()
    {
        var result = Read("arrival\n2024-01-15T10:07:00+02:00\n2024-01-15T08:59:59Z\n2024-01-15T09:59:59.750+01:00\n");

        Assert.Equal([Hour("Södersjukhuset", "2024-01-15T08:00Z", 3)], result.Hourly);
    }

    [Fact]
    public void Read_SwedishDates_ReadsDayBeforeMonth()
    {
        var daily = Read("date;count\n05.03.2024;120\n");
        var visits = Read("arrival\n05.03.2024 14:07\n05.03.2024 14:59:30\n");

        Assert.Equal([new DailyArrivals("Södersjukhuset", new DateOnly(2024, 3, 5), 120)], daily.Daily);
        Assert.Equal([Hour("Södersjukhuset", "2024-03-05T13:00Z", 2)], visits.Hourly);
    }

    [Fact]
    public void Read_SemicolonWindows1252_ReadsSwedishSiteNames()
    {
        var path = folder.PathOf("export.csv");
        var text = "Site;Arrival\r\nSödertälje sjukhus;2024-03-05 14:07\r\nNorrtälje sjukhus;2024-03-05 14:20\r\nAkuten Årsta;05.03.2024 15:01\r\nSödertälje sjukhus;2024-03-05 14:55\r\n";
        File.WriteAllBytes(path, CsvDialect.Windows1252.GetBytes(text));

        var result = new ArrivalsCsvReader().Read(path);

        Assert.Equal("read as Windows-1252, ';'-separated", result.Report.Dialect.ToString());
        Assert.Equal(
            [Hour("Akuten Årsta", "2024-03-05T14:00Z", 1), Hour("Norrtälje sjukhus", "2024-03-05T13:00Z", 1), Hour("Södertälje sjukhus", "2024-03-05T13:00Z", 2)],
            result.Hourly);
    }

    [Fact]
    public void Read_Utf8WithBom_ReadsFirstColumnName()
    {
        var path = folder.PathOf("bom.csv");
        File.WriteAllText(path, "site,date,count\nSödersjukhuset,2024-03-05,120\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = new ArrivalsCsvReader().Read(path);

        Assert.Equal("read as UTF-8, ','-separated", result.Report.Dialect.ToString());
        Assert.Equal([new DailyArrivals("Södersjukhuset", new DateOnly(2024, 3, 5), 120)], result.Daily);
    }

    [Fact]
    public void Read_MappedColumns_ReadsWalesStyleHeader()
    {
        var options = OneSite with { TimeColumn = "arrival_1h", CountColumn = "n_attendance", IgnoreOffset = true };

        var result = Read("arrival_1h,n_attendance\n2014-04-01T00:00:00Z,12\n2014-04-01T01:00:00Z,5\n", options);

        Assert.Equal(ArrivalsShape.HourlyCounts, result.Shape);
        Assert.Equal([Hour("Södersjukhuset", "2014-03-31T22:00Z", 12), Hour("Södersjukhuset", "2014-03-31T23:00Z", 5)], result.Hourly);
    }

    [Fact]
    public void Read_MappedSiteAndIdColumns_ReadsVisits()
    {
        var options = new ArrivalsCsvOptions { TimeColumn = "Ankomsttid", SiteColumn = "Enhet", IdColumn = "Besöksnummer" };

        var result = Read("Besöksnummer;Enhet;Ankomsttid\n77;SÖS;2024-01-15 10:07\n77;SÖS;2024-01-15 10:07\n", options);

        Assert.Equal([Hour("SÖS", "2024-01-15T09:00Z", 1)], result.Hourly);
        Assert.Equal(1, result.Report.DuplicateRowsDropped);
    }

    [Fact]
    public void Read_IdenticalDuplicateHour_CountsItOnce()
    {
        var result = Read("timestamp,count\n2024-01-15 10:00,7\n2024-01-15 10:00,7\n");

        Assert.Equal([Hour("Södersjukhuset", "2024-01-15T09:00Z", 7)], result.Hourly);
        Assert.Equal(1, result.Report.DuplicateRowsDropped);
    }

    [Fact]
    public void Read_ExtraColumnAndBlankLines_WarnsAndSkipsThem()
    {
        var result = Read("timestamp,count,triage\n2024-01-15 10:00,7,2\n\n2024-01-15 11:00,3,1\n\n");

        Assert.Equal(2, result.Report.RowsRead);
        Assert.Contains(result.Report.Warnings, w => w.Contains("'triage'", StringComparison.Ordinal));
    }
}
