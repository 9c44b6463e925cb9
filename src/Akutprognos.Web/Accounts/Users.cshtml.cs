using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Accounts;

/// <summary>Admins add users, change roles, disable accounts and set passwords; every change is audited.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UsersModel(AkutprognosDatabase database, AuditTrail audit) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet() => Users = database.Users();

    public IActionResult OnPostAdd(string name, string role, string password)
    {
        Problem = RoleProblem(role) ?? (string.IsNullOrWhiteSpace(name) ? "A user needs a name." : LocalUsers.Problem(password));
        if (Problem is null && !database.AddUser(name.Trim(), role, LocalUsers.Hash(password), audit.Entry(User, "user added", $"{name.Trim()} ({role})")))
        {
            Problem = $"There is already a user called {name.Trim()}.";
        }
        Message = Problem is null ? $"Added {name.Trim()}." : null;
        OnGet();
        return Page();
    }

    public IActionResult OnPostChange(string name, string role, bool disabled, string? password)
    {
        var newPassword = string.IsNullOrEmpty(password) ? null : password;
        Problem = RoleProblem(role) ?? (newPassword is null ? null : LocalUsers.Problem(newPassword));
        if (Problem is null && name == User.Identity?.Name && (disabled || role != AccountRoles.Admin))
        {
            Problem = "You cannot disable yourself or take away your own admin role.";
        }
        if (Problem is null)
        {
            var detail = $"{name}: role {role}, {(disabled ? "disabled" : "enabled")}{(newPassword is null ? "" : ", new password")}";
            Problem = database.UpdateUser(name, role, newPassword is null ? null : LocalUsers.Hash(newPassword), disabled, audit.Entry(User, "user changed", detail))
                ? null : $"There is no user called {name}.";
        }
        Message = Problem is null ? $"Saved {name}." : null;
        OnGet();
        return Page();
    }

    static string? RoleProblem(string role) => AccountRoles.All.Contains(role, StringComparer.Ordinal) ? null : "Unknown role.";
}
