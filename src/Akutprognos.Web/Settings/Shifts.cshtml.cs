using Akutprognos.Core.Staffing;
using Akutprognos.Storage;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Akutprognos.Web.Settings;

/// <summary>Admins add, change and remove the shifts the staffing plan may use, and say which roles work each.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ShiftsModel(AkutprognosDatabase database, WebAppOptions options, AuditTrail audit, IStringLocalizer<Text> t) : PageModel
{
    readonly StaffingSettings settings = new(database, options, audit);

    public StaffingConfiguration Configuration { get; private set; } = StaffingConfiguration.Default;

    public IReadOnlyList<ShiftRow> Rows => ShiftTable.Rows(Configuration);

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The shifts, with the outcome of a change that redirected here (a reload does not post again).</summary>
    public void OnGet(bool saved = false)
    {
        Configuration = settings.Load();
        Message = saved ? "Saved. The next staffing plan uses these shifts." : null;
    }

    public IActionResult OnPostAdd(string? start, string? length, string[]? roles)
    {
        OnGet();
        return Change(null, start, length, roles ?? []);
    }

    public IActionResult OnPostEdit(string? shift, string? start, string? length, string[]? roles)
    {
        OnGet();
        return Find(shift) is { } row ? Change(row, start, length, roles ?? []) : Gone(shift);
    }

    public IActionResult OnPostRemove(string? shift)
    {
        OnGet();
        return Find(shift) is { } row ? Store(ShiftTable.Change(Configuration, row.Template, null, []), $"removed {row.Describe()}") : Gone(shift);
    }

    IActionResult Change(ShiftRow? old, string? start, string? length, string[] roles)
    {
        var (template, problem) = ShiftTable.Read(start, length);
        var known = roles.Where(r => Configuration.Roles.Any(p => p.Role == r)).Distinct(StringComparer.Ordinal).ToList();
        if (problem is null && known.Count == 0)
        {
            problem = "Choose at least one role.";
        }
        if (problem is null && template != old?.Template && Rows.Any(r => r.Template == template))
        {
            problem = t["There is already a shift {0}: change that one instead.", template!.Label];
        }
        if (problem is not null)
        {
            Problem = problem;
            return Page();
        }
        var row = new ShiftRow(template!, known);
        if (old is not null && old.Template == row.Template && old.Roles.SequenceEqual(known))
        {
            Message = "Nothing changed.";
            return Page();
        }
        var detail = old is null ? $"added {row.Describe()}" : $"{old.Describe()} → {row.Describe()}";
        return Store(ShiftTable.Change(Configuration, old?.Template, row.Template, known), detail);
    }

    IActionResult Store((StaffingConfiguration? Configuration, string? Problem) changed, string detail)
    {
        Problem = changed.Problem ?? settings.Save(changed.Configuration!, User, "shift templates changed", detail);
        return Problem is null ? RedirectToPage(new { saved = true }) : Page();
    }

    ShiftRow? Find(string? label) => Rows.FirstOrDefault(r => r.Template.Label == label);

    IActionResult Gone(string? shift)
    {
        Problem = t["There is no shift {0}: it may have been changed meanwhile.", shift ?? ""];
        return Page();
    }
}
