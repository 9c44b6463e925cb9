namespace Akutprognos.Storage.Visits;

/// <summary>What merging visits did.</summary>
/// <param name="Read">Visit rows in the input.</param>
/// <param name="Repeats">Rows that repeated an earlier row of the input exactly and were counted once.</param>
/// <param name="Inserted">Visits not stored before.</param>
/// <param name="Corrected">Stored visits the input changed (time, site, triage or age band).</param>
/// <param name="Unchanged">Visits already stored exactly so.</param>
/// <param name="SitesCreated">Sites the visits named that the database did not know.</param>
/// <param name="Hourly">What happened to the hourly counts derived from the visits.</param>
/// <param name="NewestBySite">The latest arrival per site in the input.</param>
public sealed record VisitsImportResult(
    int Read, int Repeats, int Inserted, int Corrected, int Unchanged, int SitesCreated, ImportResult Hourly,
    IReadOnlyDictionary<string, DateTimeOffset> NewestBySite)
{
    public static VisitsImportResult Empty { get; } = new(0, 0, 0, 0, 0, 0, default, new Dictionary<string, DateTimeOffset>());
}
