using Akutprognos.TestSupport;
using Akutprognos.Web.Tests.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Akutprognos.Web.Tests.Browser;

/// <summary>
/// The provider's sign-in in real Chromium, where the browser enforces what the HTTP tests cannot: the log-in
/// page's CSP <c>form-action</c> on the redirect to the provider, and <c>SameSite=Strict</c> after the cross-site return.
/// </summary>
public sealed class OidcSignInPageTests
{
    [SkippableFact]
    public async Task SignIn_FromTheLogInPage_EndsOnThePageAskedFor()
    {
        BrowserSession.RequireBrowser();
        using var folder = new ScratchFolder();
        await using var provider = await OidcProvider.StartAsync();
        provider.NextUser = ("helena.berg@region.example", ["grp-admins"]);
        await using var app = WebApp.Create(new WebAppOptions(folder.PathOf("oidc.db"))
        {
            Urls = "http://127.0.0.1:0",
            RunSchedule = false,
            Settings = provider.AppSettings(),
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var playwright = await Playwright.CreateAsync();
        // The provider's correlation cookies are Secure: as if the app were served over HTTPS, as it is in use.
        await using var browser = await BrowserSession.LaunchAsync(playwright, $"--unsafely-treat-insecure-origin-as-secure={address.GetLeftPart(UriPartial.Authority)}");
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-GB" });
        await page.GotoAsync(new Uri(address, "/settings/users").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Regionens konto" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(address, "/settings/users").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Users");
        Directory.CreateDirectory(BrowserSession.Artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "oidc-signed-in.png") });
        await app.StopAsync();
    }
}
