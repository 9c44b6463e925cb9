using Akutprognos.Cli.Output;
using Akutprognos.Core.Health;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Health;

/// <summary>Runs the arrivals health checks on stored data and stores what they find.</summary>
static class HealthCheck
{
    /// <summary>Checks <paramref name="sites"/> (all when null), saves the findings and returns them.</summary>
    public static IReadOnlyList<HealthFinding> Run(AkutprognosDatabase database, IReadOnlyCollection<string>? sites, TimeZoneInfo zone, bool quiet = false)
    {
        var (names, findings) = Find(database, sites, zone);
        database.SaveHealthFindings(names, findings);
        if (!quiet && findings.Count > 0)
        {
            var kinds = findings.GroupBy(f => f.KindName).Select(g => $"{g.Count()} {g.Key}");
            Report.Line($"data health: {string.Join(", ", kinds)} (details: akutprognos health --db {database.Description})");
        }
        return findings;
    }

    /// <summary>Checks <paramref name="sites"/> (all when null) without storing anything; returns the sites checked and the findings.</summary>
    public static (IReadOnlyCollection<string> Sites, IReadOnlyList<HealthFinding> Findings) Find(
        AkutprognosDatabase database, IReadOnlyCollection<string>? sites, TimeZoneInfo zone)
    {
        var complete = database.CompleteThrough();
        var names = sites ?? [.. database.Sites().Select(s => s.Name)];
        var now = TimeProvider.System.GetUtcNow();
        var findings = names
            .SelectMany(site => ArrivalsHealth.Check(site, database.HourlyArrivals(site), complete.TryGetValue(site, out var through) ? through : null, now, zone))
            .ToList();
        return (names, findings);
    }

    /// <summary>
    /// Stored findings that make a forecast for <paramref name="date"/> suspect: any late feed, and gaps or level
    /// changes in the 28 days before it.
    /// </summary>
    public static IReadOnlyList<HealthFinding> Suspect(AkutprognosDatabase database, DateOnly date, TimeZoneInfo zone)
    {
        var from = Core.Calendar.LocalDays.StartOf(date.AddDays(-28), zone);
        return [.. database.HealthFindings().Select(s => s.Finding).Where(f => f.Kind == HealthKind.LateFeed || f.End >= from)];
    }
}
