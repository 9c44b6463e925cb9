using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Akutprognos.Web.Tests.Browser;

/// <summary>
/// The app on a real loopback port and Debian's headless Chromium driven by Playwright (never a downloaded
/// browser). Every request the browser makes is recorded, so a test can check that none left this host.
/// Without /usr/bin/chromium the browser tests skip, except under CI, where they must run.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    const string Chromium = "/usr/bin/chromium";

    readonly string database;
    WebApplication? app;
    IPlaywright? playwright;

    public BrowserSession()
        : this(DemoDatabase.Instance.Path)
    {
    }

    /// <summary>A session on <paramref name="database"/>, a copy of the demo database (<see cref="DemoCopy"/>).</summary>
    internal BrowserSession(string database) => this.database = database;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public DemoDatabase Demo { get; } = DemoDatabase.Instance;

    /// <summary>Where screenshots go; kept after the run as test artifacts.</summary>
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public static void RequireBrowser() =>
        Skip.If(!File.Exists(Chromium) && Environment.GetEnvironmentVariable("CI") is null, $"{Chromium} is not installed");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }
        // No console logger in the server the browsers talk to: Playwright sets the console's encoding while it starts,
        // and a console logger writing at that moment has been seen to deadlock the test process.
        app = WebApp.Create(new WebAppOptions(database) { Urls = "http://127.0.0.1:0", RunSchedule = false }, web => web.Logging.ClearProviders());
        await app.StartAsync();
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync(playwright);
        Directory.CreateDirectory(Artifacts);
    }

    /// <summary>Debian's headless Chromium, with <paramref name="flags"/> added to its command line.</summary>
    internal static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] flags) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium,
        Headless = true,
        // Root in a container has no user namespaces for Chromium's sandbox.
        Args = ["--no-sandbox", .. flags],
    });

    /// <summary>A fresh browser context (own cookies) logged in as <paramref name="user"/>, recording every requested URL.</summary>
    public async Task<(IPage Page, List<string> Requests)> LoggedInAsync(string user, string password, string? language = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = language ?? "en-GB", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(Address, "/login").ToString());
        await page.GetByLabel("User name").Or(page.GetByLabel("Användarnamn")).FillAsync(user);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Uri(Address, "/").ToString());
        return (page, requests);
    }

    /// <summary>A browser logged in as <paramref name="user"/> on a meeting's board, once its live connection has joined the meeting.</summary>
    public async Task<(IPage Page, List<string> Requests)> OnBoardAsync(long meetingId, string user, string password)
    {
        var (page, requests) = await LoggedInAsync(user, password);
        await page.GotoAsync(new Uri(Address, $"/board/{meetingId}").ToString());
        await page.Locator("#board[data-joined=true]").WaitForAsync(new() { Timeout = 10_000 });
        return (page, requests);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
