using System.Data.Common;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Staffing;
using Akutprognos.Storage.Imports;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Staffing;

/// <summary>What a roster import did: lines stored, and earlier lines it replaced.</summary>
public readonly record struct RosterImportResult(int LinesStored, int LinesReplaced);

/// <summary>
/// Planned roster lines. An import replaces, for each site and local start date it has lines for, every line
/// stored before: the file is the roster of those days, so importing it again leaves the table as it was.
/// </summary>
internal static class RosterStore
{
    public static RosterImportResult Import(DbTransaction transaction, IReadOnlyCollection<RosterLine> lines, TimeZoneInfo zone, string source, long nowUtc)
    {
        var sites = transaction
            .Query("SELECT id, name FROM sites", row => (Id: row.GetInt64(0), Name: row.GetString(1)))
            .ToDictionary(s => s.Name, s => s.Id, StringComparer.Ordinal);
        var unknown = lines.Select(l => l.Site).FirstOrDefault(s => !sites.ContainsKey(s));
        if (unknown is not null)
        {
            throw new StorageException($"The roster names the site '{unknown}', which the database does not know; nothing was stored.");
        }
        // Lines for the same people and shift are one line: their counts add up.
        var keyed = lines
            .GroupBy(l => (l.Site, l.Role, l.Start, l.End))
            .Select(g => (Line: g.First(), Count: g.Sum(l => l.Count), SiteId: sites[g.Key.Site], Date: Instants.DateToText(LocalDays.DateOf(g.Key.Start, zone))))
            .ToList();
        var replaced = 0;
        using (var delete = transaction.Command("DELETE FROM roster_lines WHERE site_id = @p0 AND start_date = @p1", 0L, ""))
        {
            foreach (var (siteId, date) in keyed.Select(k => (k.SiteId, k.Date)).Distinct())
            {
                replaced += delete.Rerun(siteId, date);
            }
        }
        using (var insert = transaction.Command(
            "INSERT INTO roster_lines (site_id, role, start_date, start_utc, end_utc, staff) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            0L, "", "", 0L, 0L, 0))
        {
            foreach (var (line, count, siteId, date) in keyed)
            {
                insert.Rerun(siteId, line.Role, date, line.Start.ToUnixTimeSeconds(), line.End.ToUnixTimeSeconds(), count);
            }
        }
        ImportLog.Record(transaction, "roster", source, lines.Count, new ImportResult(0, lines.Count, 0, 0), nowUtc);
        return new RosterImportResult(lines.Count, replaced);
    }

    /// <summary>Lines that overlap [<paramref name="from"/>, <paramref name="to"/>), by site, role and start.</summary>
    public static List<RosterLine> Overlapping(DbConnection connection, DateTimeOffset from, DateTimeOffset to) =>
        connection.Query(
            """
            SELECT s.name, r.role, r.start_utc, r.end_utc, r.staff FROM roster_lines r JOIN sites s ON s.id = r.site_id
            WHERE r.start_utc < @p1 AND r.end_utc > @p0 ORDER BY s.name, r.role, r.start_utc, r.end_utc
            """,
            row => new RosterLine(row.GetString(0), row.GetString(1),
                DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(2)), DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(3)), row.GetInt32(4)),
            from.ToUnixTimeSeconds(), to.ToUnixTimeSeconds());
}
