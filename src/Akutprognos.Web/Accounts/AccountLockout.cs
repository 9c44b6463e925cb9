using System.Globalization;
using Akutprognos.Storage;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Per account, beside the per-address limit (<see cref="LoginLimits"/>), which many addresses get around: after
/// <see cref="MaxFailures"/> failed log-ins within <see cref="Period"/> the name is refused, right password or not,
/// until the oldest of them is older than the period. The count is read from the audit log, so it holds across
/// restarts and servers; it is kept per name as typed, so it says nothing about which names exist.
/// </summary>
public sealed class AccountLockout(AkutprognosDatabase database, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Failed log-ins that lock the account.</summary>
    public const int MaxFailures = 10;

    /// <summary>The window the failures are counted in, and so the longest a lock lasts.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(15);

    /// <summary>Whether <paramref name="name"/> is locked now; a refused attempt is audited.</summary>
    public bool Refuses(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || database.FailedLoginsSince(name, clock.GetUtcNow() - Period) < MaxFailures)
        {
            return false;
        }
        audit.Record(name.Trim(), "login refused", "account locked");
        return true;
    }

    /// <summary>Audits a failed log-in, and the lock when this failure is the one that locks.</summary>
    public void Failed(string name)
    {
        var actor = name.Trim();
        audit.Record(actor, "login failed", "");
        if (actor.Length > 0 && database.FailedLoginsSince(actor, clock.GetUtcNow() - Period) == MaxFailures)
        {
            audit.Record(actor, "account locked", string.Create(CultureInfo.InvariantCulture,
                $"{MaxFailures} failed log-ins within {Period.TotalMinutes:F0} minutes"));
        }
    }
}
