using System.Security.Claims;
using Akutprognos.Storage;
using Akutprognos.Storage.Audit;

namespace Akutprognos.Web.Accounts;

/// <summary>Writes audit lines stamped with the clock and the acting user.</summary>
public sealed class AuditTrail(AkutprognosDatabase database, TimeProvider clock)
{
    /// <summary>An entry by <paramref name="actor"/> now, for stores that write it in their own transaction.</summary>
    public AuditEntry Entry(ClaimsPrincipal actor, string action, string detail) => new(clock.GetUtcNow(), NameOf(actor), action, detail);

    /// <summary>Appends an entry by <paramref name="actor"/> (a user or key name, or "system").</summary>
    public void Record(string actor, string action, string detail) => database.Audit(new AuditEntry(clock.GetUtcNow(), actor, action, detail));

    /// <summary>Appends an entry by the user behind <paramref name="actor"/>.</summary>
    public void Record(ClaimsPrincipal actor, string action, string detail) => Record(NameOf(actor), action, detail);

    static string NameOf(ClaimsPrincipal actor) => actor.Identity?.Name ?? "anonymous";
}
