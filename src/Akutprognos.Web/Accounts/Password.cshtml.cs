using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Any local user changes their own password, proving the old one first. A user who signed in through the
/// OpenID Connect provider has no password here and is refused (403) with a page saying where it is kept.
/// </summary>
public sealed class PasswordModel(AkutprognosDatabase database, AuditTrail audit) : PageModel
{
    public const string ProviderAccount = "Your account signs in through your organisation's log-in service, which keeps its password. Change it there.";

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>True for a provider's user: the page shows the refusal and no form.</summary>
    public bool Refused { get; private set; }

    public IActionResult OnGet() => OidcSignIn.FromProvider(User) ? Refuse() : Page();

    public IActionResult OnPost(string current, string password)
    {
        if (OidcSignIn.FromProvider(User))
        {
            return Refuse();
        }
        var name = User.Identity?.Name ?? "";
        var user = LocalUsers.Verify(database, name, current);
        Problem = user is null ? "The current password is wrong." : LocalUsers.Problem(password);
        if (Problem is null)
        {
            database.UpdateUser(user!.Name, user.Role, LocalUsers.Hash(password), user.Disabled, audit.Entry(User, "password changed", user.Name));
            Message = "Your password is changed.";
        }
        return Page();
    }

    PageResult Refuse()
    {
        Refused = true;
        Problem = ProviderAccount;
        var page = Page();
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }
}
