using System.Data.Common;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Visits;

/// <summary>
/// Merges visits into the <c>visits</c> table inside the caller's transaction, then derives the hourly counts
/// of the hours they touch from everything stored. The input is streamed into a temporary table, so memory
/// does not grow with the number of visits; repeats, conflicts and corrections are worked out in SQL.
/// </summary>
internal static class VisitsImport
{
    const int KeyBytes = 32;

    static readonly UpsertTable Hourly = new("arrivals_hourly", new("site_id", false), new("hour_utc", false), "arrivals");

    /// <exception cref="DuplicateVisitException">Two input rows give one visit different details.</exception>
    public static VisitsImportResult Write(IBackend backend, DbTransaction transaction, IEnumerable<Visit> visits, long nowUtc)
    {
        transaction.Execute("DROP TABLE IF EXISTS staged_visits");
        transaction.Execute("DROP TABLE IF EXISTS incoming_visits");
        transaction.Execute(backend.Translate(StagedVisit.CreateTable));
        var read = 0;
        backend.StageVisits(transaction, visits.Select(v =>
        {
            read++;
            return Checked(v);
        }));
        if (read == 0)
        {
            return VisitsImportResult.Empty;
        }
        ThrowOnConflict(transaction);
        var sitesCreated = transaction.Execute(
            "INSERT INTO sites (name, created_utc) SELECT DISTINCT site, @p0 FROM staged_visits WHERE true ON CONFLICT (name) DO NOTHING", nowUtc);
        transaction.Execute(
            """
            CREATE TEMP TABLE incoming_visits AS
            SELECT DISTINCT s.visit_key, t.id AS site_id, s.arrival_utc, s.triage, s.age_band
            FROM staged_visits s JOIN sites t ON t.name = s.site
            """);
        var distinct = (int)transaction.Scalar("SELECT COUNT(*) FROM incoming_visits");
        var (inserted, changed) = Counts(transaction);
        // Hours a corrected visit leaves must be counted again, without them it would still be counted there.
        var left = transaction.Query(
            """
            SELECT DISTINCT v.site_id, v.arrival_utc - (v.arrival_utc % 3600)
            FROM visits v JOIN incoming_visits i ON i.visit_key = v.visit_key
            WHERE v.site_id <> i.site_id OR v.arrival_utc <> i.arrival_utc
            """,
            row => (SiteId: row.GetInt64(0), HourUtc: row.GetInt64(1)));
        var spans = transaction.Query(
            "SELECT site_id, MIN(arrival_utc), MAX(arrival_utc) FROM incoming_visits GROUP BY site_id",
            row => (SiteId: row.GetInt64(0), First: row.GetInt64(1), Last: row.GetInt64(2)));
        transaction.Execute(
            """
            INSERT INTO visits (visit_key, site_id, arrival_utc, triage, age_band)
            SELECT visit_key, site_id, arrival_utc, triage, age_band FROM incoming_visits WHERE true
            ON CONFLICT (visit_key) DO UPDATE SET site_id = excluded.site_id, arrival_utc = excluded.arrival_utc,
                triage = excluded.triage, age_band = excluded.age_band
            WHERE visits.site_id <> excluded.site_id OR visits.arrival_utc <> excluded.arrival_utc
               OR visits.triage IS DISTINCT FROM excluded.triage OR visits.age_band IS DISTINCT FROM excluded.age_band
            """);
        var hours = DerivedHours(transaction, spans, left);
        var hourly = Upsert.Merge(backend, transaction, Hourly, hours);
        var newest = transaction.Query(
            "SELECT t.name, MAX(i.arrival_utc) FROM incoming_visits i JOIN sites t ON t.id = i.site_id GROUP BY t.name",
            row => (Site: row.GetString(0), Newest: Instants.HourFromEpoch(row.GetInt64(1))));
        transaction.Execute("DROP TABLE staged_visits");
        transaction.Execute("DROP TABLE incoming_visits");
        return new VisitsImportResult(read, read - distinct, inserted, changed, distinct - inserted - changed, sitesCreated,
            new ImportResult(0, hourly.Inserted, hourly.Changed, hourly.Unchanged), newest.ToDictionary(n => n.Site, n => n.Newest, StringComparer.Ordinal));
    }

    static StagedVisit Checked(Visit visit)
    {
        if (visit.Key is not { Length: KeyBytes })
        {
            throw new ArgumentException($"A visit key must be {KeyBytes} bytes (HMAC-SHA256 of the visit id).", nameof(visit));
        }
        if (string.IsNullOrWhiteSpace(visit.Site))
        {
            throw new ArgumentException("A visit has no site name.", nameof(visit));
        }
        return new StagedVisit(visit.Key, visit.Site.Trim(), visit.Arrival.ToUnixTimeSeconds(), visit.Triage, visit.AgeBand, visit.Origin);
    }

    /// <summary>Rows with the same key must agree on everything; identical repeats are one visit.</summary>
    static void ThrowOnConflict(DbTransaction transaction)
    {
        var conflicting = transaction.Query(
            """
            SELECT visit_key FROM staged_visits GROUP BY visit_key
            HAVING COUNT(DISTINCT site) > 1 OR COUNT(DISTINCT arrival_utc) > 1
                OR COUNT(DISTINCT COALESCE(triage, '')) > 1 OR COUNT(DISTINCT COALESCE(age_band, '')) > 1
            LIMIT 1
            """,
            row => (byte[])row.GetValue(0));
        if (conflicting.Count == 0)
        {
            return;
        }
        var rows = transaction.Query(
            "SELECT origin, site, arrival_utc, COALESCE(triage, ''), COALESCE(age_band, '') FROM staged_visits WHERE visit_key = @p0 ORDER BY origin",
            row => (Origin: row.GetInt64(0), Details: (row.GetString(1), row.GetInt64(2), row.GetString(3), row.GetString(4))),
            conflicting[0]);
        var first = rows[0];
        var other = rows.First(r => r.Details != first.Details);
        var what = other.Details.Item1 != first.Details.Item1 ? "site"
            : other.Details.Item2 != first.Details.Item2 ? "arrival time"
            : other.Details.Item3 != first.Details.Item3 ? "triage level" : "age band";
        throw new DuplicateVisitException(first.Origin, other.Origin, what);
    }

    static (int Inserted, int Changed) Counts(DbTransaction transaction)
    {
        using var command = transaction.Command(
            """
            SELECT COALESCE(SUM(CASE WHEN v.visit_key IS NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN v.visit_key IS NOT NULL AND (v.site_id <> i.site_id OR v.arrival_utc <> i.arrival_utc
                       OR v.triage IS DISTINCT FROM i.triage OR v.age_band IS DISTINCT FROM i.age_band) THEN 1 ELSE 0 END), 0)
            FROM incoming_visits i LEFT JOIN visits v ON v.visit_key = i.visit_key
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
