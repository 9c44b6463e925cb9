using System.Text;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class IngestCommandsTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public IngestCommandsTests() => Database = folder.PathOf("akut.db");

    string Database { get; }

    public void Dispose() => folder.Dispose();

    string ExportDaily()
    {
        var run = CliInProcess.Run(folder.Path, "export", "arrivals", "--db", Database, "--daily");
        Assert.Equal(0, run.ExitCode);
        return run.Stdout;
    }

    [Fact]
    public void IngestArrivals_SameFileTwice_DatabaseAsAfterFirst()
    {
        var file = folder.Write("visits.csv", "arrival,site,id\n2024-03-05 14:07,Danderyd,a1\n2024-03-05 14:50,Danderyd,a2\n2024-03-05 15:01,S:t Göran,a3\n2024-03-05 15:01,S:t Göran,a3\n");

        var first = CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", Database);
        var afterFirst = ExportDaily();
        var second = CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", Database);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(afterFirst, ExportDaily());
        Assert.Equal("site,date,count\nDanderyd,2024-03-05,2\nS:t Göran,2024-03-05,1\n", afterFirst);
        Assert.Contains("2 new sites", first.Stderr);
        Assert.Contains("0 rows added, 0 changed", second.Stderr);
    }

    [Fact]
    public void IngestArrivals_BadDateOnLine3_RefusedNamingLineAndDatabaseUnchanged()
    {
        var good = folder.Write("good.csv", "date,site,count\n2024-03-04,Danderyd,310\n2024-03-05,Danderyd,290\n");
        Assert.Equal(0, CliInProcess.Run(folder.Path, "ingest", "arrivals", good, "--db", Database).ExitCode);
        var before = ExportDaily();
        var bad = folder.Write("bad.csv", "date,site,count\n2024-03-06,Danderyd,300\n2024-02-30,Danderyd,280\n2024-03-08,Norrtälje,70\n");

        var run = CliInProcess.Run(folder.Path, "ingest", "arrivals", bad, "--db", Database);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("bad.csv:3:", run.Stderr);
        Assert.Contains("2024-02-30", run.Stderr);
        Assert.Equal(before, ExportDaily());
    }

    [Theory]
    [InlineData("empty.csv", "", "empty")]
    [InlineData("header.csv", "date,site,count\n", "no rows")]
    [InlineData("nosite.csv", "date,count\n2024-03-04,3\n", "--site")]
    [InlineData("columns.csv", "when,howmany\n2024-03-04,3\n", "date")]
    [InlineData("negative.csv", "date,site,count\n2024-03-04,A,-3\n", ":2:")]
    [InlineData("fraction.csv", "date,site,count\n2024-03-04,A,2.5\n", ":2:")]
    [InlineData("conflict.csv", "date,site,count\n2024-03-04,A,3\n2024-03-04,A,4\n", ":3:")]
    public void IngestArrivals_BadFile_OneClearMessageAndNothingStored(string name, string content, string expected)
    {
        var file = folder.Write(name, content);

        var run = CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", Database);

        Assert.Equal(1, run.ExitCode);
        var message = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"akutprognos: {file}", message);
        Assert.Contains(expected, message, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(Database), "a refused file must not even create the database");
    }

    [Fact]
    public void IngestArrivals_SwedishExport_ReadsWindows1252AndSemicolons()
    {
        var text = "datum;akutmottagning;antal\n05.03.2024;Södertälje;131\n06.03.2024;Södertälje;127\n";
        var file = folder.PathOf("export.csv");
        File.WriteAllBytes(file, CodePages.Windows1252.GetBytes(text));

        var run = CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", Database,
            "--date-column", "datum", "--site-column", "akutmottagning", "--count-column", "antal");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Windows-1252", run.Stderr);
        Assert.Contains("';'", run.Stderr);
        Assert.Equal("site,date,count\nSödertälje,2024-03-05,131\nSödertälje,2024-03-06,127\n", ExportDaily());
    }

    [Fact]
    public void IngestVisitors_ThenExport_RoundTripsWithOffsets()
    {
        var file = folder.Write("visitors.csv", "timestamp,visitors\n2025-01-06 18:00,412\n2025-07-06 18:00,388\n");

        Assert.Equal(0, CliInProcess.Run(folder.Path, "ingest", "visitors", file, "--db", Database).ExitCode);
        var run = CliInProcess.Run(folder.Path, "export", "visitors", "--db", Database);

        Assert.Equal("hour,visitors\n2025-01-06T18:00:00+01:00,412\n2025-07-06T18:00:00+02:00,388\n", run.Stdout);
    }

    [Fact]
    public void IngestArrivals_DatabaseCannotBeWritten_FailsNamingPath()
    {
        var file = folder.Write("daily.csv", "date,site,count\n2024-03-04,A,3\n");
        var blocker = folder.Write("file", "not a folder");

        var run = CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", Path.Combine(blocker, "akut.db"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(Path.Combine(blocker, "akut.db"), run.Stderr);
    }
}

static class CodePages
{
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
