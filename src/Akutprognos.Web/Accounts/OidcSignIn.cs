using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Akutprognos.Web.Accounts;

/// <summary>
/// Optional sign-in with an OpenID Connect provider (e.g. Entra ID): the authorization-code flow with PKCE; the
/// provider's groups or roles are mapped to one of our roles and the user then carries the same cookie as a local
/// log-in. Tokens are not kept, and only the user's name reaches the audit log.
/// </summary>
static class OidcSignIn
{
    public const string Scheme = "oidc";

    // Marks a cookie that came from the provider; its value is when the provider signed the user in.
    const string SignedInClaim = "akutprognos:oidc";

    /// <summary>A provider's sign-in lasts this long; then the user signs in again and the role is mapped afresh.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);

    public static AuthenticationBuilder AddOidc(this AuthenticationBuilder authentication, OidcSettings? settings)
    {
        if (settings is null)
        {
            return authentication;
        }
        authentication.Services.AddSingleton(settings);
        return authentication.AddOpenIdConnect(Scheme, settings.DisplayName, options =>
        {
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.CallbackPath = settings.CallbackPath;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The code comes back in a form post (the handler's default), so it is never part of a URL that
            // request logs, proxies or the browser's history keep.
            options.ResponseMode = OpenIdConnectResponseMode.FormPost;
            options.SaveTokens = false;
            options.MapInboundClaims = false;
            options.Scope.Add("email");
            options.Events.OnTokenValidated = Admit;
            options.Events.OnRemoteFailure = Refuse;
        });
    }

    /// <summary>
    /// Lets the log-in page's forms lead to the provider: the challenge answers a form post with a redirect there,
    /// and browsers hold that redirect to the page's CSP <c>form-action</c>.
    /// </summary>
    public static void LetFormsReachProvider(HttpContext context)
    {
        if (context.RequestServices.GetService<OidcSettings>() is { } settings)
        {
            var provider = new Uri(settings.Authority).GetLeftPart(UriPartial.Authority);
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = headers.ContentSecurityPolicy.ToString()
                .Replace("form-action 'self'", $"form-action 'self' {provider}", StringComparison.Ordinal);
        }
    }

    /// <summary>When the provider signed in the user behind <paramref name="principal"/>, or null for a local log-in.</summary>
    public static DateTimeOffset? SignedInAt(ClaimsPrincipal principal) =>
        principal.FindFirst(SignedInClaim) is { } claim ? DateTimeOffset.Parse(claim.Value, CultureInfo.InvariantCulture) : null;

    /// <summary>Whether <paramref name="principal"/> signed in through the provider, so it has no local password.</summary>
    public static bool FromProvider(ClaimsPrincipal principal) => principal.HasClaim(claim => claim.Type == SignedInClaim);

    static Task Admit(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<OidcSettings>();
        var audit = services.GetRequiredService<AuditTrail>();
        var token = context.Principal!;
        var name = token.FindFirst("preferred_username")?.Value ?? token.FindFirst("email")?.Value;
        var role = settings.RoleFor(token.FindAll(settings.RoleClaim).Select(claim => claim.Value));
        if (name is null || role is null)
        {
            audit.Record(name ?? "unknown", "login refused", $"{settings.DisplayName}: no role for this account");
            context.HandleResponse();
            context.Response.Redirect("/login/refused");
            return Task.CompletedTask;
        }
        audit.Record(name, "login", settings.DisplayName);
        var principal = AccountsSetup.Principal(name, role);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SignedInClaim, now.ToString("O", CultureInfo.InvariantCulture)));
        context.Principal = principal;
        return Task.CompletedTask;
    }

    /// <summary>A bad signature, issuer, audience or nonce, a lost correlation cookie or the user cancelling.</summary>
    static Task Refuse(RemoteFailureContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<OidcSettings>();
        services.GetRequiredService<AuditTrail>().Record("unknown", "login failed", $"{settings.DisplayName}: the provider's answer was not accepted");
        context.HandleResponse();
        context.Response.Redirect("/login/refused?failed=true");
        return Task.CompletedTask;
    }
}
