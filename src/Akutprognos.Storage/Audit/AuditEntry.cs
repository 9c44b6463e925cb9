using System.Data.Common;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Audit;

/// <summary>One line of the audit log: who did what, when. Never holds a password, key or client address.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">The user or key name, or "system".</param>
/// <param name="Action">A short verb phrase: "login", "login failed", "user added" …</param>
/// <param name="Detail">What was changed.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Detail);

internal static class AuditStore
{
    public static void Record(DbTransaction transaction, AuditEntry entry) =>
        transaction.Execute(
            "INSERT INTO audit_log (at_utc, actor, action, detail) VALUES (@p0, @p1, @p2, @p3)",
            entry.At.ToUnixTimeSeconds(), entry.Actor, entry.Action, entry.Detail);

    public static List<AuditEntry> Latest(DbConnection connection, int count) =>
        connection.Query(
            "SELECT at_utc, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT @p0",
            row => new AuditEntry(DateTimeOffset.FromUnixTimeSeconds(row.GetInt64(0)), row.GetString(1), row.GetString(2), row.GetString(3)),
            (long)count);
}
