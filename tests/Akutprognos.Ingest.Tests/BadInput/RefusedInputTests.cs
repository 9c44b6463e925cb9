using System.IO.Compression;
using System.Text;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Fhir;
using Akutprognos.Ingest.Visitors;
using Akutprognos.Ingest.Visits;
using Akutprognos.Ingest.Weblogs;
using Akutprognos.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Akutprognos.Ingest.Tests.BadInput;

/// <summary>Inputs that once were stored wrong without a word: each is now refused with its file and line.</summary>
public sealed class RefusedInputTests : IDisposable
{
    const string GoodLog = "10.1.2.3 - - [06/Jan/2025:18:01:00 +0100] \"GET /a HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0\"";

    readonly ScratchFolder folder = new();

    // 2026-11-20 12:00 in Stockholm.
    readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 20, 11, 0, 0, TimeSpan.Zero));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Csv_Utf8AndWindows1252LinesMixed_RefusedNamingTheFirstOtherLine()
    {
        var path = folder.PathOf("mixed.csv");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.UTF8.GetBytes("timestamp,count,site\n2024-01-15 10:00,7,Södersjukhuset\n"));
            file.Write(CsvDialect.Windows1252.GetBytes("2024-01-15 11:00,3,Södersjukhuset\n"));
        }

        var error = Assert.Throws<InputException>(() => new ArrivalsCsvReader().Read(path));

        Assert.Equal(3, error.Line);
        Assert.StartsWith(path + ":3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2 is UTF-8", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Csv_Windows1252Throughout_StillReadAsWindows1252()
    {
        var path = folder.PathOf("ansi.csv");
        File.WriteAllBytes(path, CsvDialect.Windows1252.GetBytes("timestamp;count;site\n2024-01-15 10:00;7;Södersjukhuset\n2024-01-15 11:00;3;Södersjukhuset\n"));

        var result = new ArrivalsCsvReader().Read(path);

        Assert.Equal("Windows-1252", result.Report.Dialect.EncodingName);
        Assert.All(result.Hourly, h => Assert.Equal("Södersjukhuset", h.Site));
    }

    [Theory]
    [InlineData("timestamp,count,site\n2026-11-20 11:00,4,A\n2031-01-01 10:00,7,A\n", 3)]
    [InlineData("timestamp,count,site\n2026-11-20T12:00:00Z,4,A\n", 2)]
    [InlineData("date,count,site\n2026-11-20,40,A\n2099-01-01,70,A\n", 3)]
    [InlineData("date,count,site\n2026-11-21,40,A\n", 2)]
    [InlineData("arrival,site\n2026-11-20 11:59,A\n2026-11-20 12:10,A\n", 3)]
    public void Arrivals_FutureRows_RefusedNamingTheLine(string text, int line)
    {
        var path = folder.Write("future.csv", text);

        var error = Assert.Throws<InputException>(() => new ArrivalsCsvReader(new ArrivalsCsvOptions { Clock = clock }).Read(path));

        Assert.Equal(line, error.Line);
        Assert.Contains("in the future", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrivals_FutureWithinTheConfiguredMargin_Accepted()
    {
        var path = folder.Write("soon.csv", "timestamp,count,site\n2026-11-20 13:00,4,A\n");

        Assert.Throws<InputException>(() => new ArrivalsCsvReader(new ArrivalsCsvOptions { Clock = clock }).Read(path));
        var result = new ArrivalsCsvReader(new ArrivalsCsvOptions { Clock = clock, FutureMargin = TimeSpan.FromHours(2) }).Read(path);

        Assert.Equal(4, Assert.Single(result.Hourly).Count);
    }

    [Fact]
    public void Arrivals_TodayAndThePast_Accepted()
    {
        var path = folder.Write("ok.csv", "date,count,site\n2026-11-19,40,A\n2026-11-20,12,A\n");

        var result = new ArrivalsCsvReader(new ArrivalsCsvOptions { Clock = clock }).Read(path);

        Assert.Equal([40, 12], result.Daily.Select(d => d.Count));
    }

    [Fact]
    public void Visitors_FutureHour_Refused()
    {
        var path = folder.Write("visitors.csv", "hour,visitors\n2026-11-20T11:00:00+01:00,90\n2031-11-20T11:00:00+01:00,90\n");

        var error = Assert.Throws<InputException>(() => new VisitorsCsvReader(new VisitorsCsvOptions { Clock = clock }).Read(path));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void PerVisit_FutureArrivalAndUnknownTriage_RefusedNamingTheLine()
    {
        var key = VisitIdKey.LoadOrCreate(folder.PathOf("key"));
        var options = new ArrivalsCsvOptions { Clock = clock, TriageColumn = "triage" };
        var future = folder.Write("future.csv", "arrival,id,site,triage\n2026-11-20 10:00,v1,A,2\n2099-11-20 10:00,v2,A,3\n");
        var banana = folder.Write("banana.csv", "arrival,id,site,triage\n2026-11-20 10:00,v1,A,Röd\n2026-11-20 10:05,v2,A,banana\n");
        var colours = folder.Write("colours.csv", "arrival,id,site,triage\n2026-11-20 10:00,v1,A,ORANGE\n2026-11-20 10:05,v2,A,grön\n2026-11-20 10:06,v3,A,5\n");

        var futureError = Assert.Throws<InputException>(() => new VisitsCsvReader(options, key).Read(future, 0).Visits.ToList());
        var bananaError = Assert.Throws<InputException>(() => new VisitsCsvReader(options, key).Read(banana, 0).Visits.ToList());
        var read = new VisitsCsvReader(options, key).Read(colours, 0).Visits.ToList();

        Assert.Equal((3, 3), (futureError.Line, bananaError.Line));
        Assert.Contains("'banana' in column 'triage' is not a triage level", bananaError.Problem, StringComparison.Ordinal);
        Assert.Equal(["ORANGE", "grön", "5"], read.Select(v => v.Triage));
    }

    [Fact]
    public void Fhir_FutureEncounter_RefusedUnlessWithinTheMargin()
    {
        var key = VisitIdKey.LoadOrCreate(folder.PathOf("key"));
        var file = folder.Write("enc.ndjson",
            """{"resourceType": "Encounter", "id": "e1", "status": "finished", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"}, "period": {"start": "2026-11-20T13:00:00+01:00"}, "serviceProvider": {"display": "A"}}""");

        var error = Assert.Throws<InputException>(() => new FhirEncounterReader(new FhirEncounterOptions { Clock = clock }, key).Read(file, 0).Visits.ToList());
        var visits = new FhirEncounterReader(new FhirEncounterOptions { Clock = clock, FutureMargin = TimeSpan.FromHours(1) }, key).Read(file, 0).Visits.ToList();

        Assert.Equal(1, error.Line);
        Assert.Contains("in the future", error.Problem, StringComparison.Ordinal);
        Assert.Single(visits);
    }

    [Fact]
    public void Weblog_TruncatedGzip_RefusedWithTheFileNamed()
    {
        var path = folder.PathOf("cut.log.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, 20_000).Select(i => GoodLog.Replace("10.1.2.3", $"10.1.{i / 250}.{i % 250}", StringComparison.Ordinal))) + "\n"));
        }
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var result = new WeblogReader(new WeblogOptions()).Read([path]);
        var error = Assert.Throws<InputException>(result.EnsureUsable);

        Assert.Equal(path, error.File);
        Assert.Contains("nothing was stored", error.Problem, StringComparison.Ordinal);
        Assert.True(result.Counts.PageViews > 0, "the part before the cut was read, and is still refused");
    }

    [Fact]
    public void Weblog_WholeGzip_Usable()
    {
        var path = folder.PathOf("whole.log.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(GoodLog + "\n"));
        }

        var result = new WeblogReader(new WeblogOptions()).Read([path]);

        result.EnsureUsable();
        Assert.Equal(1, result.Counts.PageViews);
    }

    [Fact]
    public void Weblog_EmptyGarbageAndOneHugeLine_CountedAndRefused()
    {
        var empty = folder.Write("empty.log", "");
        var garbage = folder.PathOf("garbage.log");
        File.WriteAllBytes(garbage, [.. Enumerable.Range(0, 100_000).Select(i => (byte)((i * 7919) % 251))]);
        var huge = folder.PathOf("huge.log");
        File.WriteAllText(huge, new string('x', 50 << 20) + "\n");

        var emptyRead = new WeblogReader(new WeblogOptions()).Read([empty]);
        var garbageRead = new WeblogReader(new WeblogOptions()).Read([garbage]);
        var hugeRead = new WeblogReader(new WeblogOptions()).Read([huge]);

        Assert.Contains("empty", Assert.Throws<InputException>(emptyRead.EnsureUsable).Problem, StringComparison.Ordinal);
        Assert.Contains("no line is a web request", Assert.Throws<InputException>(garbageRead.EnsureUsable).Problem, StringComparison.Ordinal);
        Assert.Equal(garbage, Assert.Throws<InputException>(garbageRead.EnsureUsable).File);
        Assert.Equal((1, 1), (hugeRead.Counts.Lines, hugeRead.Counts.Malformed));
        Assert.Throws<InputException>(hugeRead.EnsureUsable);
    }

    [Fact]
    public void Weblog_GarbageBesideAGoodLog_UsableWithTheGarbageCounted()
    {
        var good = folder.Write("good.log", GoodLog + "\n");
        var garbage = folder.Write("bad.log", "not a log line\n");

        var result = new WeblogReader(new WeblogOptions()).Read([good, garbage]);

        result.EnsureUsable();
        Assert.Equal((1, 1), (result.Counts.PageViews, result.Counts.Malformed));
    }
}
