using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Accounts;

/// <summary>Any user changes their own password, proving the old one first.</summary>
public sealed class PasswordModel(AkutprognosDatabase database, AuditTrail audit) : PageModel
{
    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public void OnPost(string current, string password)
    {
        var name = User.Identity?.Name ?? "";
        var user = LocalUsers.Verify(database, name, current);
        Problem = user is null ? "The current password is wrong." : LocalUsers.Problem(password);
        if (Problem is null)
        {
            database.UpdateUser(user!.Name, user.Role, LocalUsers.Hash(password), user.Disabled, audit.Entry(User, "password changed", user.Name));
            Message = "Your password is changed.";
        }
    }
}
