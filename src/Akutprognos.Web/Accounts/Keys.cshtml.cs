using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Accounts;

/// <summary>Admins create keys for machines (shown once) and revoke them.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class KeysModel(AkutprognosDatabase database, AuditTrail audit, TimeProvider clock, WebAppOptions options) : PageModel
{
    public TimeZoneInfo Zone => options.Zone;

    public IReadOnlyList<ApiKeyInfo> Keys { get; private set; } = [];

    /// <summary>The key just created; it is not stored and cannot be shown again.</summary>
    public string? NewKey { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet() => Keys = database.ApiKeys();

    public void OnPostCreate(string name, string role)
    {
        if (string.IsNullOrWhiteSpace(name) || !AccountRoles.All.Contains(role, StringComparer.Ordinal))
        {
            Problem = "A key needs a name and a role.";
        }
        else
        {
            NewKey = ApiKeys.Create(database, name.Trim(), role, User.Identity?.Name ?? "admin", clock);
        }
        OnGet();
    }

    public void OnPostRevoke(long id)
    {
        var name = database.ApiKeys().FirstOrDefault(k => k.Id == id)?.Name ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        database.RevokeApiKey(id, audit.Entry(User, "API key revoked", name));
        OnGet();
    }
}
