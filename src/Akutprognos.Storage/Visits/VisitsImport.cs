using System.Data.Common;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Arrivals;
using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Visits;

/// <summary>
/// Merges visits into the <c>visits</c> table inside the caller's transaction, then derives the hourly counts
/// of the hours they touch from everything stored. The input is streamed into temporary tables, so memory
/// does not grow with the number of visits; repeats, conflicts and corrections are worked out in SQL.
/// </summary>
internal static class VisitsImport
{
    const int KeyBytes = 32;

    static readonly UpsertTable Hourly = new("arrivals_hourly", new("site_id", false), new("hour_utc", false), "arrivals");

    // "CROSS JOIN" makes SQLite scan the staged rows once and look each site up, instead of the other way round.
    const string Incoming =
        """
        SELECT s.visit_key, m.site_id, s.arrival_utc, s.triage, s.age_band
        FROM staged_visits s CROSS JOIN staged_sites m WHERE m.site_no = s.site_no
        """;

    /// <exception cref="DuplicateVisitException">Two input rows give one visit different details.</exception>
    public static VisitsImportResult Write(IBackend backend, DbTransaction transaction, IEnumerable<Visit> visits, long nowUtc)
    {
        foreach (var table in new[] { "staged_visits", "staged_repeats", "staged_sites" })
        {
            transaction.Execute($"DROP TABLE IF EXISTS {table}");
        }
        foreach (var statement in backend.Translate(StagedVisit.CreateTables).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            transaction.Execute(statement);
        }
        var sites = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        backend.StageVisits(transaction, ReadAhead.Of(visits.Select(v =>
        {
            read++;
            return Checked(v, sites);
        })));
        if (read == 0)
        {
            return VisitsImportResult.Empty;
        }
        ThrowOnConflict(transaction);
        var numbered = sites.GroupBy(s => s.Value).Select(g => (Number: g.Key, Name: g.First().Key.Trim())).ToList();
        var (sitesCreated, ids) = SiteRegistry.Ensure(transaction, numbered.Select(s => s.Name), nowUtc);
        transaction.Execute("CREATE TEMP TABLE staged_sites (site_no INTEGER NOT NULL PRIMARY KEY, site_id BIGINT NOT NULL)");
        foreach (var (number, name) in numbered)
        {
            transaction.Execute("INSERT INTO staged_sites (site_no, site_id) VALUES (@p0, @p1)", number, ids[name]);
        }
        var distinct = (int)transaction.Scalar("SELECT COUNT(*) FROM staged_visits");
        var (inserted, changed) = Counts(transaction);
        // Hours a corrected visit leaves must be counted again, or it would still be counted there.
        var left = transaction.Query(
            $"""
            SELECT DISTINCT v.site_id, v.arrival_utc - (v.arrival_utc % 3600)
            FROM ({Incoming}) i JOIN visits v ON v.visit_key = i.visit_key
            WHERE v.site_id <> i.site_id OR v.arrival_utc <> i.arrival_utc
            """,
            row => (SiteId: row.GetInt64(0), HourUtc: row.GetInt64(1)));
        var spans = transaction.Query(
            "SELECT m.site_id, MIN(s.arrival_utc), MAX(s.arrival_utc) FROM staged_visits s JOIN staged_sites m ON m.site_no = s.site_no GROUP BY m.site_id",
            row => (SiteId: row.GetInt64(0), First: row.GetInt64(1), Last: row.GetInt64(2)));
        transaction.Execute(
            $"""
            INSERT INTO visits (visit_key, site_id, arrival_utc, triage, age_band)
            {Incoming}
            ON CONFLICT (visit_key) DO UPDATE SET site_id = excluded.site_id, arrival_utc = excluded.arrival_utc,
                triage = excluded.triage, age_band = excluded.age_band
            WHERE visits.site_id <> excluded.site_id OR visits.arrival_utc <> excluded.arrival_utc
               OR visits.triage IS DISTINCT FROM excluded.triage OR visits.age_band IS DISTINCT FROM excluded.age_band
            """);
        var hourly = Upsert.Merge(backend, transaction, Hourly, DerivedHours(transaction, spans, left));
        var siteNames = ids.ToDictionary(p => p.Value, p => p.Key);
        var newest = spans.ToDictionary(s => siteNames[s.SiteId], s => Instants.HourFromEpoch(s.Last), StringComparer.Ordinal);
        var repeats = (int)transaction.Scalar("SELECT COUNT(*) FROM staged_repeats");
        foreach (var table in new[] { "staged_visits", "staged_repeats", "staged_sites" })
        {
            transaction.Execute($"DROP TABLE {table}");
        }
        return new VisitsImportResult(read, repeats, inserted, changed, distinct - inserted - changed, sitesCreated,
            new ImportResult(0, hourly.Inserted, hourly.Changed, hourly.Unchanged), newest);
    }

    static StagedVisit Checked(Visit visit, Dictionary<string, int> sites)
    {
        if (visit.Key is not { Length: KeyBytes })
        {
            throw new ArgumentException($"A visit key must be {KeyBytes} bytes (HMAC-SHA256 of the visit id).", nameof(visit));
        }
        if (string.IsNullOrWhiteSpace(visit.Site))
        {
            throw new ArgumentException("A visit has no site name.", nameof(visit));
        }
        if (!sites.TryGetValue(visit.Site, out var number))
        {
            // Readers pass one string per site; trimming happens once per distinct name.
            var name = visit.Site.Trim();
            number = sites.TryGetValue(name, out var known) ? known : sites.Count;
            sites[visit.Site] = number;
            sites[name] = number;
        }
        return new StagedVisit(visit.Key, number, visit.Arrival.ToUnixTimeSeconds(), visit.Triage, visit.AgeBand, visit.Origin);
    }

    /// <summary>A repeated key must agree with its first row on everything; identical repeats are one visit.</summary>
    static void ThrowOnConflict(DbTransaction transaction)
    {
        var conflicts = transaction.Query(
            """
            SELECT s.origin, r.origin,
                   CASE WHEN r.site_no <> s.site_no THEN 'site' WHEN r.arrival_utc <> s.arrival_utc THEN 'arrival time'
                        WHEN r.triage IS DISTINCT FROM s.triage THEN 'triage level' ELSE 'age band' END
            FROM staged_repeats r JOIN staged_visits s ON s.visit_key = r.visit_key
            WHERE r.site_no <> s.site_no OR r.arrival_utc <> s.arrival_utc
               OR r.triage IS DISTINCT FROM s.triage OR r.age_band IS DISTINCT FROM s.age_band
            ORDER BY r.origin LIMIT 1
            """,
            row => (First: row.GetInt64(0), Second: row.GetInt64(1), What: row.GetString(2)));
        if (conflicts is [var conflict])
        {
            throw new DuplicateVisitException(conflict.First, conflict.Second, conflict.What);
        }
    }

    static (int Inserted, int Changed) Counts(DbTransaction transaction)
    {
        using var command = transaction.Command(
            $"""
            SELECT COALESCE(SUM(CASE WHEN v.visit_key IS NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN v.visit_key IS NOT NULL AND (v.site_id <> i.site_id OR v.arrival_utc <> i.arrival_utc
                       OR v.triage IS DISTINCT FROM i.triage OR v.age_band IS DISTINCT FROM i.age_band) THEN 1 ELSE 0 END), 0)
            FROM ({Incoming}) i LEFT JOIN visits v ON v.visit_key = i.visit_key
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    /// <summary>
    /// Counts of the stored visits for every hour of each site's span in this input (hours without a visit are 0:
    /// an export lists every visit of its period) and for the hours corrected visits left.
    /// </summary>
    static List<StagedRow> DerivedHours(DbTransaction transaction, List<(long SiteId, long First, long Last)> spans, List<(long SiteId, long HourUtc)> left)
    {
        var rows = new List<StagedRow>();
        using var count = transaction.Command(
            """
            SELECT arrival_utc - (arrival_utc % 3600), COUNT(*) FROM visits
            WHERE site_id = @p0 AND arrival_utc >= @p1 AND arrival_utc < @p2
            GROUP BY arrival_utc - (arrival_utc % 3600)
            """,
            0L, 0L, 0L);
        Dictionary<long, int> Counted(long siteId, long from, long to)
        {
            count.Parameters[0].Value = siteId;
            count.Parameters[1].Value = from;
            count.Parameters[2].Value = to;
            using var reader = count.ExecuteReader();
            var counts = new Dictionary<long, int>();
            while (reader.Read())
            {
                counts[reader.GetInt64(0)] = (int)reader.GetInt64(1);
            }
            return counts;
        }
        foreach (var (siteId, first, last) in spans)
        {
            var (from, to) = (first - first % 3600, last - last % 3600 + 3600);
            var counts = Counted(siteId, from, to);
            for (var hour = from; hour < to; hour += 3600)
            {
                rows.Add(new StagedRow(siteId, hour, counts.GetValueOrDefault(hour)));
            }
        }
        foreach (var (siteId, hour) in left)
        {
            rows.Add(new StagedRow(siteId, hour, Counted(siteId, hour, hour + 3600).GetValueOrDefault(hour)));
        }
        return rows;
    }
}
