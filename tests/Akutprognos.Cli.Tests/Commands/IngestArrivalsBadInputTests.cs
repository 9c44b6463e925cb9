using System.Text.Json.Nodes;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

/// <summary>
/// Each kind of bad visit input: one message naming the file and line (or resource), a non-zero exit, and the
/// database exactly as the good import before it left it.
/// </summary>
public sealed class IngestArrivalsBadInputTests : IDisposable
{
    const string Good = "arrival;site;id\n05.03.2024 14:07;Södersjukhuset;a1\n05.03.2024 15:20;Danderyd;a2\n";

    readonly ScratchFolder folder = new();

    public IngestArrivalsBadInputTests() => Database = folder.PathOf("akut.db");

    string Database { get; }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("future.csv", "arrival;site;id\n05.03.2024 16:00;Danderyd;b1\n01.01.2099 10:00;Danderyd;b2\n", "future.csv:3:", "in the future")]
    [InlineData("february.csv", "arrival;site;id\n05.03.2024 16:00;Danderyd;b1\n30.02.2024 10:00;Danderyd;b2\n", "february.csv:3:", "30.02.2024 does not exist")]
    [InlineData("dstgap.csv", "arrival;site;id\n05.03.2024 16:00;Danderyd;b1\n31.03.2024 02:30;Danderyd;b2\n", "dstgap.csv:3:", "clocks skip")]
    [InlineData("conflict.csv", "arrival;site;id\n05.03.2024 16:00;Danderyd;b1\n05.03.2024 16:00;Danderyd;b1\n05.03.2024 17:00;Danderyd;b1\n", "conflict.csv:4:", "conflict.csv:2 with a different arrival time")]
    [InlineData("truncated.csv", "arrival;site;id\n05.03.2024 16:00;Danderyd;b1\n05.03.2024 17:", "truncated.csv:3:", "fields")]
    public void IngestArrivals_BadVisitCsv_NamesLineAndChangesNothing(string name, string content, string where, string problem)
    {
        AssertRefused(folder.Write(name, content), where, problem);
    }

    [Fact]
    public void IngestArrivals_UnknownSiteWithEnforcedSiteList_NamesLineAndChangesNothing()
    {
        var profile = folder.Write("profile.json", """{"sites": {"Södersjukhuset": ["SÖS"], "Danderyd": ["DS"]}, "onlyKnownSites": true}""");
        var file = folder.Write("unknown.csv", "arrival;site;id\n05.03.2024 16:00;SÖS;b1\n05.03.2024 17:00;Karolinska;b2\n");

        AssertRefused(file, "unknown.csv:3:", "unknown site 'Karolinska'", "--profile", profile);
    }

    [Fact]
    public void IngestArrivals_FhirResourceFailsValidation_NamesResourceAndChangesNothing()
    {
        var good = GeneratedVisits.Encounter("enc-1", "Danderyd", new DateTimeOffset(2024, 3, 5, 15, 0, 0, TimeSpan.Zero), "EMER");
        var bad = GeneratedVisits.Encounter("enc-2", "Danderyd", new DateTimeOffset(2024, 3, 5, 16, 0, 0, TimeSpan.Zero), "EMER");
        bad["period"]!["start"] = "2024-02-30T10:00:00+01:00";
        var file = folder.Write("bad.ndjson", good.ToJsonString() + "\n" + bad.ToJsonString() + "\n");

        AssertRefused(file, "bad.ndjson:2:", "Encounter fails validation");
    }

    [Fact]
    public void IngestArrivals_FhirBundleEntryFailsValidation_NamesEntryAndResource()
    {
        var bad = GeneratedVisits.Encounter("enc-9", "Danderyd", new DateTimeOffset(2024, 3, 5, 16, 0, 0, TimeSpan.Zero), "EMER");
        bad["status"] = "arrived-ish";
        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "collection",
            ["entry"] = new JsonArray(
                new JsonObject { ["resource"] = GeneratedVisits.Encounter("enc-8", "Danderyd", new DateTimeOffset(2024, 3, 5, 15, 0, 0, TimeSpan.Zero), "EMER") },
                new JsonObject { ["resource"] = bad }),
        };

        AssertRefused(folder.Write("bundle.json", bundle.ToJsonString()), "bundle.json:1:", "entry 2, Encounter fails validation");
    }

    [Fact]
    public void IngestArrivals_TruncatedNdjson_NamesLastLine()
    {
        var first = GeneratedVisits.Encounter("enc-1", "Danderyd", new DateTimeOffset(2024, 3, 5, 15, 0, 0, TimeSpan.Zero), "EMER").ToJsonString();
        var second = GeneratedVisits.Encounter("enc-2", "Danderyd", new DateTimeOffset(2024, 3, 5, 16, 0, 0, TimeSpan.Zero), "EMER").ToJsonString();

        AssertRefused(folder.Write("cut.ndjson", first + "\n" + second[..40]), "cut.ndjson:2:", "not valid JSON");
    }

    [Fact]
    public void IngestArrivals_LaterExportCorrectsVisit_MovesItToNewTimeAndSite()
    {
        Ingest(folder.Write("monday.csv", Good));
        var correction = folder.Write("tuesday.csv", "arrival;site;id\n06.03.2024 09:10;Södersjukhuset;a2\n06.03.2024 10:00;Danderyd;a3\n");

        var run = Ingest(correction);

        Assert.Contains("visits: 1 new, 1 corrected, 0 already stored", run.Stderr);
        Assert.Equal("site,date,count\nDanderyd,2024-03-05,0\nDanderyd,2024-03-06,1\nSödersjukhuset,2024-03-05,1\nSödersjukhuset,2024-03-06,1\n", Export("--daily"));
    }

    [Fact]
    public void IngestArrivals_VisitIds_NeverStoredInTheClear()
    {
        Ingest(folder.Write("ids.csv", "arrival;site;id\n05.03.2024 14:07;Danderyd;19121212-1212\n"));

        var bytes = File.ReadAllBytes(Database);
        var wal = File.Exists(Database + "-wal") ? File.ReadAllBytes(Database + "-wal") : [];

        Assert.DoesNotContain("19121212-1212", System.Text.Encoding.Latin1.GetString([.. bytes, .. wal]));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.PathOf("key")));
        }
    }

    void AssertRefused(string file, string where, string problem, params string[] extra)
    {
        Ingest(folder.Write("good.csv", Good));
        var before = (Export("--daily"), Export());

        var run = CliInProcess.Run(folder.Path, ["ingest", "arrivals", file, "--db", Database, "--key-file", folder.PathOf("key"), .. extra]);

        Assert.Equal(1, run.ExitCode);
        var message = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(where, message);
        Assert.Contains(problem, message);
        Assert.Equal(before, (Export("--daily"), Export()));
    }

    CliResult Ingest(string file)
    {
        var run = CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", Database, "--key-file", folder.PathOf("key"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run;
    }

    string Export(params string[] flags)
    {
        var run = CliInProcess.Run(folder.Path, ["export", "arrivals", "--db", Database, .. flags]);
        Assert.Equal(0, run.ExitCode);
        return run.Stdout;
    }
}
