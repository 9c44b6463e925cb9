using Akutprognos.Web.Localization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;

namespace Akutprognos.Web.Shared;

/// <summary>What every page shares: embedded assets, security headers, language, Razor Pages and antiforgery.</summary>
static class PageShell
{
    public static WebApplicationBuilder AddPageShell(this WebApplicationBuilder builder)
    {
        // Behind a reverse proxy the client's address and scheme come in X-Forwarded-* headers (trusted from loopback
        // and the configured proxies only), so the log-in limit, metrics rule and Secure cookies see the real request.
        var proxies = TrustedProxies.From(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.AddTo(options);
        });
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Languages.English).AddSupportedCultures(Languages.All).AddSupportedUICultures(Languages.All);
            // A choice made in the app wins over the browser's language.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        builder.Services.AddRazorPages(options => options.RootDirectory = "/")
            // The pages are compiled into this assembly, which the host (the CLI, or a test) does not name itself.
            .AddApplicationPart(typeof(PageShell).Assembly);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "akutprognos-csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Secure when the request came over TLS, also through a reverse proxy (X-Forwarded-Proto), like the log-in cookie.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    public static WebApplication UsePageShell(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(PageShell).Assembly, "wwwroot"),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRequestLocalization();
        app.MapLanguageSwitch();
        return app;
    }
}
