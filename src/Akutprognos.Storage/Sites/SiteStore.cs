using System.Data.Common;
using Akutprognos.Core.Series;
using Akutprognos.Core.Sites;
using Akutprognos.Storage.Audit;
using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Sites;

/// <summary>
/// Sites and regions as configured (<see cref="SiteConfig"/>, <see cref="RegionConfig"/>): read by every command and
/// page, changed by <c>akutprognos site set</c>, the Settings → Sites page and the first import of a site. Every
/// database has the region <see cref="SeriesId.DefaultRegion"/>.
/// </summary>
public sealed class SiteStore : Store
{
    internal SiteStore(IBackend backend, TimeProvider clock) : base(backend, clock)
    {
    }

    /// <summary>Every site's configuration, by name (ordinal).</summary>
    public IReadOnlyList<SiteConfig> All() => Read(connection => Load(connection, null));

    /// <summary>The site's configuration, or null when there is no such site.</summary>
    public SiteConfig? Find(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return All().FirstOrDefault(s => s.Name == name.Trim());
    }

    /// <summary>Every region, the default one first, then by code.</summary>
    public IReadOnlyList<RegionConfig> Regions() => Read(connection => LoadRegions(connection, null));

    /// <summary>
    /// Stores <paramref name="config"/> for its (existing) site in one transaction with <paramref name="audit"/>, creating
    /// the regions it names that do not exist yet. Throws <see cref="ArgumentException"/> when it has a problem
    /// (<see cref="SiteConfig.Problem"/>) and <see cref="KeyNotFoundException"/> for an unknown site; nothing is changed then.
    /// </summary>
    public void Save(SiteConfig config, AuditEntry audit)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(audit);
        if (config.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(config));
        }
        Write($"Saving the settings of {config.Name}", transaction =>
        {
            var id = transaction.Query("SELECT id FROM sites WHERE name = @p0", row => row.GetInt64(0), config.Name).FirstOrDefault();
            if (id == 0)
            {
                throw new KeyNotFoundException($"There is no site '{config.Name}'.");
            }
            Apply(transaction, id, config, NowUtc);
            AuditStore.Record(transaction, audit);
            return 0;
        });
    }

    /// <summary>Sets a region's display name (creating the region when new) with <paramref name="audit"/>, in one transaction.</summary>
    public void SaveRegion(RegionConfig region, AuditEntry audit)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(audit);
        if (!RegionConfig.IsValidCode(region.Code))
        {
            throw new ArgumentException($"'{region.Code}' is not a region code ({RegionConfig.CodeRule}).", nameof(region));
        }
        Write($"Saving the region {region.Code}", transaction =>
        {
            var id = EnsureRegion(transaction, region.Code, NowUtc);
            transaction.Execute("UPDATE regions SET display_name = @p0 WHERE id = @p1", region.DisplayName.Trim(), id);
            AuditStore.Record(transaction, audit);
            return 0;
        });
    }

    /// <summary>Writes every field of <paramref name="config"/> to site <paramref name="siteId"/>, in <paramref name="transaction"/>.</summary>
    internal static void Apply(DbTransaction transaction, long siteId, SiteConfig config, long nowUtc)
    {
        transaction.Execute(
            "UPDATE sites SET display_name = @p0, time_zone = @p1, holidays = @p2, day_closes_at = @p3 WHERE id = @p4",
            config.DisplayName.Trim(), config.TimeZone, config.Holidays, (long)config.DayClosesAt, siteId);
        transaction.Execute("DELETE FROM site_holidays WHERE site_id = @p0", siteId);
        if (config.Holidays == HolidaySource.DatesCode)
        {
            using var insert = transaction.Command("INSERT INTO site_holidays (site_id, local_date, name) VALUES (@p0, @p1, @p2)", siteId, "", "");
            foreach (var (date, name) in config.HolidayDates.DistinctBy(d => d.Date))
            {
                insert.Rerun(siteId, Instants.DateToText(date), name);
            }
        }
        transaction.Execute("DELETE FROM region_sites WHERE site_id = @p0", siteId);
        foreach (var code in config.Regions.Distinct(StringComparer.Ordinal))
        {
            transaction.Execute("INSERT INTO region_sites (region_id, site_id) VALUES (@p0, @p1)", EnsureRegion(transaction, code, nowUtc), siteId);
        }
    }

    static long EnsureRegion(DbTransaction transaction, string code, long nowUtc)
    {
        transaction.Execute("INSERT INTO regions (code, display_name, created_utc) VALUES (@p0, '', @p1) ON CONFLICT (code) DO NOTHING", code, nowUtc);
        return transaction.Query("SELECT id FROM regions WHERE code = @p0", row => row.GetInt64(0), code).Single();
    }

    internal static List<SiteConfig> Load(DbConnection connection, DbTransaction? transaction)
    {
        List<T> Query<T>(string sql, Func<DbDataReader, T> map) => transaction is null ? connection.Query(sql, map) : transaction.Query(sql, map);
        var holidays = Query(
                "SELECT site_id, local_date, name FROM site_holidays ORDER BY site_id, local_date",
                row => (Site: row.GetInt64(0), Date: Instants.DateFromText(row.GetString(1)), Name: row.GetString(2)))
            .ToLookup(h => h.Site, h => (h.Date, h.Name));
        var regions = Query(
                "SELECT m.site_id, r.code FROM region_sites m JOIN regions r ON r.id = m.region_id ORDER BY r.code",
                row => (Site: row.GetInt64(0), Code: row.GetString(1)))
            .ToLookup(m => m.Site, m => m.Code);
        return Query(
            "SELECT id, name, display_name, time_zone, holidays, day_closes_at FROM sites ORDER BY name",
            row =>
            {
                var id = row.GetInt64(0);
                return new SiteConfig(row.GetString(1))
                {
                    DisplayName = row.GetString(2),
                    TimeZone = row.GetString(3),
                    Holidays = row.GetString(4),
                    DayClosesAt = row.GetInt32(5),
                    HolidayDates = [.. holidays[id]],
                    Regions = [.. regions[id]],
                };
            });
    }

    internal static List<RegionConfig> LoadRegions(DbConnection connection, DbTransaction? transaction)
    {
        const string Sql = "SELECT code, display_name FROM regions ORDER BY code";
        static RegionConfig Map(DbDataReader row) => new(row.GetString(0), row.GetString(1));
        var all = transaction is null ? connection.Query(Sql, Map) : transaction.Query(Sql, Map);
        return [.. all.OrderBy(r => r.Code == SeriesId.DefaultRegion ? 0 : 1).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }
}
