using System.Data.Common;
using Akutprognos.Core.Health;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Health;

/// <summary>
/// The current health findings per site (table <c>health_findings</c>, keyed by site, kind and start). Saving
/// a check replaces a site's findings, but rows that did not change are left as they are, with the time they
/// were first seen, so checking the same data twice changes nothing.
/// </summary>
internal static class HealthStore
{
    public static int Replace(DbTransaction transaction, IReadOnlyCollection<string> sites, IReadOnlyCollection<HealthFinding> findings, long nowUtc)
    {
        var ids = transaction.Query("SELECT id, name FROM sites", row => (Id: row.GetInt64(0), Name: row.GetString(1)))
            .ToDictionary(s => s.Name, s => s.Id, StringComparer.Ordinal);
        var changes = 0;
        foreach (var site in sites.Where(ids.ContainsKey))
        {
            var id = ids[site];
            var stored = transaction.Query(
                "SELECT kind, start_utc, end_utc, detail FROM health_findings WHERE site_id = @p0",
                row => (Kind: row.GetString(0), Start: row.GetInt64(1), End: row.GetInt64(2), Detail: row.GetString(3)), id);
            var wanted = findings.Where(f => f.Site == site)
                .Select(f => (Kind: f.KindName, Start: f.Start.ToUnixTimeSeconds(), End: f.End.ToUnixTimeSeconds(), f.Detail))
                .DistinctBy(f => (f.Kind, f.Start)).ToList();
            foreach (var gone in stored.Where(s => !wanted.Any(w => w.Kind == s.Kind && w.Start == s.Start)))
            {
                changes += transaction.Execute("DELETE FROM health_findings WHERE site_id = @p0 AND kind = @p1 AND start_utc = @p2", id, gone.Kind, gone.Start);
            }
            foreach (var finding in wanted.Except(stored))
            {
                changes += transaction.Execute(
                    """
                    INSERT INTO health_findings (site_id, kind, start_utc, end_utc, detail, first_seen_utc) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)
                    ON CONFLICT (site_id, kind, start_utc) DO UPDATE SET end_utc = excluded.end_utc, detail = excluded.detail
                    """,
                    id, finding.Kind, finding.Start, finding.End, finding.Detail, nowUtc);
            }
        }
        return changes;
    }

    public static List<StoredHealthFinding> Read(DbConnection connection) =>
        connection.Query(
            """
            SELECT s.name, h.kind, h.start_utc, h.end_utc, h.detail, h.first_seen_utc
            FROM health_findings h JOIN sites s ON s.id = h.site_id ORDER BY s.name, h.start_utc, h.kind
            """,
            row => new StoredHealthFinding(
                new HealthFinding(row.GetString(0), HealthFinding.ParseKind(row.GetString(1)),
                    Instants.HourFromEpoch(row.GetInt64(2)), Instants.HourFromEpoch(row.GetInt64(3)), row.GetString(4)),
                Instants.HourFromEpoch(row.GetInt64(5))));
}

/// <summary>A stored finding and when a check first reported it.</summary>
public sealed record StoredHealthFinding(HealthFinding Finding, DateTimeOffset FirstSeen);
