using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Visits;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Arrivals;

public sealed class VisitsCsvReaderTests : IDisposable
{
    readonly ScratchFolder folder = new();
    readonly VisitIdKey key;

    public VisitsCsvReaderTests() => key = VisitIdKey.LoadOrCreate(folder.PathOf("key"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_ExcelSerialWithDecimalCommaAndMappedColumns_LocalClockTimes()
    {
        var file = folder.Write("pas.csv", "ankomst;enhet;besok;prio;alder\n\"45356,5875\";SÖS;x1;2;18-64\n45356.25;SÖS;x2;;80+\n");
        var options = new ArrivalsCsvOptions
        {
            TimeColumn = "ankomst", SiteColumn = "enhet", IdColumn = "besok", TriageColumn = "prio", AgeBandColumn = "alder",
            Sites = new SiteDirectory(new Dictionary<string, IReadOnlyList<string>> { ["Södersjukhuset"] = ["SÖS"] }, onlyKnown: true),
        };

        var visits = new VisitsCsvReader(options, key).Read(file, 0).Visits.ToList();

        // 45356 is 2024-03-05; .5875 of a day is 14:06, in Stockholm winter time UTC+1.
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 6, 0, TimeSpan.FromHours(1)), visits[0].Arrival);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 6, 0, 0, TimeSpan.FromHours(1)), visits[1].Arrival);
        Assert.Equal(("Södersjukhuset", "2", "18-64"), (visits[0].Site, visits[0].Triage, visits[0].AgeBand));
        Assert.Null(visits[1].Triage);
        Assert.Equal(key.Hash("x1"), visits[0].Key);
        Assert.NotEqual(key.Hash("x1"), key.Hash("x2"));
    }

    [Fact]
    public void Read_CustomTimeFormat_ReadsAndRejectsOthersWithLine()
    {
        var file = folder.Write("pas.csv", "arrival,site,id\n2024/03/05 14:07,A,x1\n2024-03-05 14:08,A,x2\n");
        var reader = new VisitsCsvReader(new ArrivalsCsvOptions { TimeFormat = "yyyy/MM/dd HH:mm" }, key);

        var error = Assert.Throws<InputException>(() => reader.Read(file, 0).Visits.ToList());

        Assert.Equal(3, error.Line);
        Assert.Contains("yyyy/MM/dd HH:mm", error.Problem);
    }

    [Fact]
    public void LoadOrCreate_KeyReadableByOthers_Refused()
    {
        var path = folder.PathOf("open.key");
        File.WriteAllBytes(path, new byte[32]);
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var error = Assert.Throws<InputException>(() => VisitIdKey.LoadOrCreate(path));

        Assert.Contains("chmod 600", error.Problem);
    }
}
