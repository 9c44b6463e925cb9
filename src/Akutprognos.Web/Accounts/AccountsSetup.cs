using System.Security.Claims;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Akutprognos.Web.Accounts;

/// <summary>Log-in by cookie (people) or API key (machines), roles, log-in limits and the first admin.</summary>
static class AccountsSetup
{
    const string Either = "CookieOrApiKey";

    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "akutprognos";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var oidc = OidcSettings.From(builder.Configuration);
        builder.Services.AddAuthentication(Either)
            .AddPolicyScheme(Either, null, options =>
                options.ForwardDefaultSelector = context => ApiKeyHandler.Carries(context.Request)
                    ? ApiKeyHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = StillValid;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddOidc(oidc);
        builder.Services.AddAuthorizationBuilder().AddPolicies();
        builder.Services.AddLoginLimits(oidc is null ? null : new PathString(oidc.CallbackPath));
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<AccountLockout>();
        return builder;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        // A refusal or an unreadable request on the API answers with problem details, as its OpenAPI document says
        // (AddProblemDetails makes them); pages keep their redirects.
        app.UseWhen(context => IsMachinePath(context.Request.Path), api => api.UseStatusCodePages());
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        var name = app.Configuration["Akutprognos:Admin:Name"] ?? "admin";
        var database = app.Services.GetRequiredService<AkutprognosDatabase>();
        if (LocalUsers.EnsureFirstAdmin(database, name, app.Configuration["Akutprognos:Admin:Password"], TimeProvider.System) is { } password)
        {
            // Shown once, on the console of whoever started the server; never logged or stored in the clear.
            Console.Error.WriteLine($"akutprognos: created the first account: user '{name}', password '{password}' (role admin). Change it under Settings → Users.");
        }
        return app;
    }

    /// <summary>The API and metrics answer 401/403; pages redirect to the log-in or refusal page.</summary>
    static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsMachinePath(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    static bool IsMachinePath(PathString path) =>
        (path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/reference")) || path.StartsWithSegments("/metrics");

    /// <summary>
    /// A disabled, deleted or re-roled local user loses the old cookie at the next request; a provider's sign-in
    /// (whose groups are not stored here) lasts <see cref="OidcSignIn.MaxAge"/>.
    /// </summary>
    static async Task StillValid(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal!;
        var valid = OidcSignIn.SignedInAt(principal) is { } signedIn
            ? services.GetRequiredService<TimeProvider>().GetUtcNow() - signedIn < OidcSignIn.MaxAge
            : StillLocalUser(services.GetRequiredService<AkutprognosDatabase>(), principal);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    static bool StillLocalUser(AkutprognosDatabase database, ClaimsPrincipal principal) =>
        principal.Identity?.Name is { } name && database.User(name) is { Disabled: false } user && principal.IsInRole(user.Role);

    /// <summary>The principal a logged-in user carries in the cookie.</summary>
    public static ClaimsPrincipal Principal(string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], CookieAuthenticationDefaults.AuthenticationScheme));
}
