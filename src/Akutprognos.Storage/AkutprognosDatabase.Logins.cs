using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage;

// What the per-account log-in lockout reads: the audit log, which records every attempt anyway.
public sealed partial class AkutprognosDatabase
{
    /// <summary>
    /// Failed log-ins under <paramref name="name"/> (as typed, trimmed) after <paramref name="since"/> and after its latest
    /// successful log-in or unlock; the audit log's "login failed", "login", "account unlocked" lines.
    /// </summary>
    public int FailedLoginsSince(string name, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Read(connection => (int)connection.Query(
            """
            SELECT COUNT(*) FROM audit_log
            WHERE actor = @p0 AND action = 'login failed' AND at_utc > @p1
              AND id > (SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE actor = @p0 AND action IN ('login', 'account unlocked'))
            """,
            row => row.GetInt64(0), name.Trim(), since.ToUnixTimeSeconds()).Single());
    }
}
