using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

/// <summary>
/// The check of evaluation.md §5: the same generated visits as a FHIR Bundle and as a Swedish-style CSV, each
/// imported with no flags into a new database, give the known daily counts; a second import changes nothing.
/// </summary>
public sealed class IngestArrivalsFormatsTests : IDisposable
{
    readonly ScratchFolder folder = new();
    readonly GeneratedVisits visits = GeneratedVisits.Create(count: 6000, seed: 20240331);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void IngestArrivals_SwedishCsvWithoutFlags_DailyCountsAreTruthAndSecondImportChangesNothing()
    {
        var file = folder.PathOf("besok.csv");
        File.WriteAllBytes(file, visits.SwedishCsv());

        AssertImportsToTruthTwice(file, "csv.db");
    }

    [Fact]
    public void IngestArrivals_FhirBundleWithoutFlags_DailyCountsAreTruthAndSecondImportChangesNothing()
    {
        var file = folder.Write("encounters.json", visits.FhirBundle());

        var stderr = AssertImportsToTruthTwice(file, "fhir.db");

        Assert.Contains("6000 ED encounters", stderr);
        Assert.Contains("1 Encounter class IMP", stderr);
        Assert.Contains("1 Patient", stderr);
    }

    string AssertImportsToTruthTwice(string file, string databaseName)
    {
        var database = folder.PathOf(databaseName);

        var first = CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", database);
        var daily = CliInProcess.Run(folder.Path, "export", "arrivals", "--db", database, "--daily");
        var hourly = CliInProcess.Run(folder.Path, "export", "arrivals", "--db", database);
        var second = CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", database);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(visits.DailyTruth(), daily.Stdout);
        Assert.Equal(daily.Stdout, CliInProcess.Run(folder.Path, "export", "arrivals", "--db", database, "--daily").Stdout);
        Assert.Equal(hourly.Stdout, CliInProcess.Run(folder.Path, "export", "arrivals", "--db", database).Stdout);
        Assert.Contains("4 new sites", first.Stderr);
        Assert.Contains("0 rows added, 0 changed", second.Stderr);
        Assert.Contains("visits: 0 new, 0 corrected, 6000 already stored", second.Stderr);
        return first.Stderr;
    }
}
