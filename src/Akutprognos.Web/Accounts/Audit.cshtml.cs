using Akutprognos.Storage;
using Akutprognos.Storage.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Accounts;

/// <summary>The audit log: log-ins and every change, newest first.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(AkutprognosDatabase database, WebAppOptions options) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public TimeZoneInfo Zone => options.Zone;

    public void OnGet() => Entries = database.AuditLog(500);
}
