using System.ComponentModel.DataAnnotations;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Accounts;

/// <summary>Log-in with a local account; every attempt goes to the audit log (never the password or the address).</summary>
[AllowAnonymous]
public sealed class LoginModel(AkutprognosDatabase database, AuditTrail audit) : PageModel
{
    [BindProperty]
    [Required]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context) => OidcSignIn.LetFormsReachProvider(HttpContext);

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var user = ModelState.IsValid ? LocalUsers.Verify(database, UserName, Password) : null;
        if (user is null)
        {
            audit.Record(UserName.Trim(), "login failed", "");
            Failed = true;
            Password = "";
            return Page();
        }
        audit.Record(user.Name, "login", "");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountsSetup.Principal(user.Name, user.Role));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
