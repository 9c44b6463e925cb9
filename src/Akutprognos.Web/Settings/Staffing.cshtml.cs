using Akutprognos.Core.Staffing;
using Akutprognos.Storage;
using Akutprognos.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Settings;

/// <summary>Admins change the quantile staffed for and each role's queueing numbers; the next plan uses them.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class StaffingModel(AkutprognosDatabase database, WebAppOptions options, AuditTrail audit) : PageModel
{
    readonly StaffingSettings settings = new(database, options, audit);

    public StaffingConfiguration Configuration { get; private set; } = StaffingConfiguration.Default;

    /// <summary>The posted form when it is shown again with problems; null shows what is stored.</summary>
    public StaffingForm? Posted { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The form, with the outcome of a save that redirected here (post, redirect, get: a reload does not post again).</summary>
    public void OnGet(bool saved = false)
    {
        Configuration = settings.Load();
        Message = saved ? "Saved. The next staffing plan uses these numbers." : null;
    }

    public IActionResult OnPost()
    {
        Configuration = settings.Load();
        var form = StaffingForm.Read(Configuration, name => Request.Form[name]);
        if (form.Configuration is null)
        {
            Posted = form;
            Problem = "Nothing was saved: correct the fields marked below.";
            return Page();
        }
        if (form.Changes.Count == 0)
        {
            Message = "Nothing changed.";
            return Page();
        }
        Problem = settings.Save(form.Configuration, User, "staffing parameters changed", string.Join("; ", form.Changes));
        if (Problem is not null)
        {
            Posted = form;
            return Page();
        }
        return RedirectToPage(new { saved = true });
    }

    /// <summary>What the input shows: the text posted (when shown again) or the stored number.</summary>
    public string Value(PolicyField field, int index, RolePolicy role) =>
        Posted?.Typed.GetValueOrDefault(field.Input(index)) ?? PolicyField.Format(field.Get(RoleNumbers.Of(role)));

    public string? FieldProblem(string input) => Posted?.Problems.GetValueOrDefault(input);
}
