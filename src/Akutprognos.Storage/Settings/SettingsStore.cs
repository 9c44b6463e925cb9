using System.Data.Common;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Settings;

/// <summary>Named text settings the admins change in the web app (schedule, notices); secrets stay in configuration.</summary>
internal static class SettingsStore
{
    public static Dictionary<string, string> All(DbConnection connection) =>
        connection.Query("SELECT name, value FROM settings", row => (Name: row.GetString(0), Value: row.GetString(1)))
            .ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);

    /// <summary>Sets each value; returns the names whose value changed.</summary>
    public static List<string> Set(DbTransaction transaction, IReadOnlyDictionary<string, string> values, long nowUtc)
    {
        var changed = new List<string>();
        foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentNullException.ThrowIfNull(value);
            var rows = transaction.Execute(
                """
                INSERT INTO settings (name, value, changed_utc) VALUES (@p0, @p1, @p2)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value, changed_utc = excluded.changed_utc
                WHERE settings.value <> excluded.value
                """,
                name, value, nowUtc);
            if (rows > 0)
            {
                changed.Add(name);
            }
        }
        return changed;
    }
}
