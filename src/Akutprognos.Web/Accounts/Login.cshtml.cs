using System.ComponentModel.DataAnnotations;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Log-in with a local account; every attempt goes to the audit log (never the password or the address), and an
/// account with too many failures is refused for a while (<see cref="AccountLockout"/>).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(AkutprognosDatabase database, AuditTrail audit, AccountLockout lockout) : PageModel
{
    [BindProperty]
    [Required]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool Failed { get; private set; }

    /// <summary>Whether the account was refused for too many failed log-ins.</summary>
    public bool Locked { get; private set; }

    public void OnGet()
    {
    }

    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => OidcSignIn.LetFormsReachProvider(HttpContext);

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (ModelState.IsValid && lockout.Refuses(UserName))
        {
            Locked = true;
            Password = "";
            return Page();
        }
        var user = ModelState.IsValid ? LocalUsers.Verify(database, UserName, Password) : null;
        if (user is null)
        {
            lockout.Failed(UserName);
            Failed = true;
            Password = "";
            return Page();
        }
        audit.Record(user.Name, "login", "");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountsSetup.Principal(user.Name, user.Role));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
