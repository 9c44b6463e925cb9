using Akutprognos.Core.Calendar;
using Akutprognos.Core.Health;
using Akutprognos.Pipeline.Imports;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;

namespace Akutprognos.Pipeline.Health;

/// <summary>Runs the arrivals health checks (<see cref="ArrivalsHealth"/>) on stored data, each site in its own zone, and stores what they find.</summary>
public static class HealthCheck
{
    /// <summary>Checks <paramref name="sites"/> (all when null), saves the findings and returns them; a summary line goes to <paramref name="notes"/>.</summary>
    public static IReadOnlyList<HealthFinding> Run(AkutprognosDatabase database, IReadOnlyCollection<string>? sites, TimeProvider clock, IImportNotes? notes = null)
    {
        var (names, findings) = Find(database, sites, clock);
        database.SaveHealthFindings(names, findings);
        if (notes is not null && findings.Count > 0)
        {
            var kinds = findings.GroupBy(f => f.KindName).Select(g => $"{g.Count()} {g.Key}");
            notes.Line($"data health: {string.Join(", ", kinds)} (details: akutprognos health --db {database.Description})");
        }
        return findings;
    }

    /// <summary>Checks <paramref name="sites"/> (all when null) without storing anything; the sites checked and the findings.</summary>
    public static (IReadOnlyCollection<string> Sites, IReadOnlyList<HealthFinding> Findings) Find(
        AkutprognosDatabase database, IReadOnlyCollection<string>? sites, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(clock);
        var setup = SiteSetup.Load(database);
        var complete = database.CompleteThrough();
        var names = sites ?? [.. setup.Sites.Select(s => s.Name)];
        var now = clock.GetUtcNow();
        var findings = names
            .SelectMany(site => ArrivalsHealth.Check(site, database.HourlyArrivals(site), complete.TryGetValue(site, out var through) ? through : null, now, setup.ZoneOf(site)))
            .ToList();
        return (names, findings);
    }

    /// <summary>
    /// Stored findings that make a forecast for <paramref name="date"/> suspect: any late feed, and gaps or level changes
    /// in the 28 days before it.
    /// </summary>
    public static IReadOnlyList<HealthFinding> Suspect(AkutprognosDatabase database, DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(database);
        var from = LocalDays.StartOf(date.AddDays(-28), zone);
        return [.. database.HealthFindings().Select(s => s.Finding).Where(f => f.Kind == HealthKind.LateFeed || f.End >= from)];
    }
}
