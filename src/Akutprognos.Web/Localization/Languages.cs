using Microsoft.AspNetCore.Localization;

namespace Akutprognos.Web.Localization;

/// <summary>The languages of the pages: English (default) and Swedish, chosen from the browser or by the user.</summary>
static class Languages
{
    public const string English = "en";
    public const string Swedish = "sv";

    public static readonly string[] All = [English, Swedish];

    /// <summary><c>GET /language/{code}?returnUrl=…</c> remembers the choice in a cookie; it changes no data, so no login is needed.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context, TimeProvider clock) =>
        {
            var language = All.Contains(code, StringComparer.Ordinal) ? code : English;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();

    static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}

/// <summary>The resource the pages' texts are looked up in (Text.sv.resx); the English text is the key.</summary>
public sealed class Text;
