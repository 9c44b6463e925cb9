using System.Data.Common;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Arrivals;

/// <summary>Sites are created from the names the input uses; arrival rows refer to them by id.</summary>
internal static class SiteRegistry
{
    /// <summary>Creates the unknown <paramref name="names"/> and returns how many were new and every site's id by name.</summary>
    public static (int Created, Dictionary<string, long> Ids) Ensure(DbTransaction transaction, IEnumerable<string> names, long nowUtc)
    {
        var created = 0;
        using (var insert = transaction.Command("INSERT INTO sites (name, created_utc) VALUES (@p0, @p1) ON CONFLICT (name) DO NOTHING", "", nowUtc))
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                created += insert.Rerun(name, nowUtc);
            }
        }
        var ids = transaction
            .Query("SELECT id, name FROM sites", row => (Id: row.GetInt64(0), Name: row.GetString(1)))
            .ToDictionary(site => site.Name, site => site.Id, StringComparer.Ordinal);
        return (created, ids);
    }
}
