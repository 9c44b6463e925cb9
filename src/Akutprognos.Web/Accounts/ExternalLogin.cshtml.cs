using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Starts the sign-in with the OpenID Connect provider (a form post, so another site cannot start it) and is where
/// the user lands afterwards. The landing page forwards with a refresh: the redirect chain from the provider is
/// cross-site, so the browser holds back our <c>SameSite=Strict</c> cookie until a navigation starts on this site.
/// </summary>
[AllowAnonymous]
public sealed class ExternalLoginModel(IAuthenticationSchemeProvider schemes) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (await schemes.GetSchemeAsync(OidcSignIn.Scheme) is null)
        {
            return NotFound();
        }
        var landing = "/login/external?returnUrl=" + Uri.EscapeDataString(Local(returnUrl));
        return Challenge(new AuthenticationProperties { RedirectUri = landing }, OidcSignIn.Scheme);
    }

    public void OnGet(string? returnUrl)
    {
        ReturnUrl = Local(returnUrl);
        Response.Headers["Refresh"] = "0;url=" + ReturnUrl;
    }

    string Local(string? url) => Url.IsLocalUrl(url) ? url! : "/";
}
