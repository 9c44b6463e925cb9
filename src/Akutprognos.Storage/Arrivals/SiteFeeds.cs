using System.Data.Common;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Arrivals;

/// <summary>
/// The last complete local date of each site's feed (table <c>site_feeds</c>). A site without a row has no
/// incomplete days. Without an explicit date the mark only moves forward, so re-importing an old file never
/// reopens a closed day.
/// </summary>
internal static class SiteFeeds
{
    public static Dictionary<string, DateOnly> Record(
        DbTransaction transaction, IReadOnlyDictionary<string, DateOnly> newestBySite, Func<string, FeedCompleteness> ruleOf, DateTimeOffset now)
    {
        var stored = Read(transaction.Connection!, transaction);
        var ids = transaction.Query("SELECT id, name FROM sites", row => (Id: row.GetInt64(0), Name: row.GetString(1)))
            .ToDictionary(s => s.Name, s => s.Id, StringComparer.Ordinal);
        using var upsert = transaction.Command(
            """
            INSERT INTO site_feeds (site_id, complete_through) VALUES (@p0, @p1)
            ON CONFLICT (site_id) DO UPDATE SET complete_through = excluded.complete_through
            WHERE site_feeds.complete_through <> excluded.complete_through
            """,
            0L, "");
        var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (site, newest) in newestBySite)
        {
            var rule = ruleOf(site);
            var closed = rule.ClosedThrough(now);
            var through = rule.CompleteThrough ?? Later(stored.GetValueOrDefault(site), newest < closed ? newest : closed);
            upsert.Rerun(ids[site], Instants.DateToText(through));
            result[site] = through;
        }
        return result;
    }

    public static Dictionary<string, DateOnly> Read(DbConnection connection, DbTransaction? transaction = null)
    {
        const string Sql = "SELECT s.name, f.complete_through FROM site_feeds f JOIN sites s ON s.id = f.site_id";
        static (string, DateOnly) Map(DbDataReader row) => (row.GetString(0), Instants.DateFromText(row.GetString(1)));
        var rows = transaction is null ? connection.Query(Sql, Map) : transaction.Query(Sql, Map);
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    static DateOnly Later(DateOnly stored, DateOnly computed) => stored > computed ? stored : computed;
}
