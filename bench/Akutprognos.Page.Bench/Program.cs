using System.Globalization;
using Microsoft.Playwright;

// Usage: Akutprognos.Page.Bench BASE_URL USER PASSWORD [NAVIGATIONS]
// Logs in once, then navigates to the Tomorrow page NAVIGATIONS times, each in a fresh browser context (empty cache,
// the log-in cookie only), and once more per round in a warm tab. "Usable" is the moment, on the page's own clock
// (performance.now(): milliseconds since the navigation started), when every card shows its number and every chart
// has been drawn by charts.js (it marks each canvas data-drawn); a MutationObserver records it as it happens, so the
// polling of the harness does not add to it. The wall time from the harness's goto call to that moment is printed too.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Akutprognos.Page.Bench BASE_URL USER PASSWORD [NAVIGATIONS]");
    return 2;
}
var baseUrl = new Uri(args[0]);
var navigations = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;
const string Ready = """
    (() => {
      const done = () => {
        const cards = document.querySelectorAll("li.card");
        const charts = document.querySelectorAll("canvas[data-chart]");
        return cards.length > 0 && [...cards].every(c => c.querySelector(".value")) &&
          charts.length > 0 && [...charts].every(c => c.getAttribute("data-drawn") === "true");
      };
      window.__usableMs = null;
      new MutationObserver((_, observer) => {
        if (window.__usableMs === null && done()) { window.__usableMs = performance.now(); observer.disconnect(); }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    })();
    """;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox"], // root in a container has no user namespaces for Chromium's sandbox
});
var login = await browser.NewContextAsync();
var loginPage = await login.NewPageAsync();
await loginPage.GotoAsync(new Uri(baseUrl, "/login").ToString());
await loginPage.Locator("input[name=UserName]").FillAsync(args[1]);
await loginPage.Locator("#password").FillAsync(args[2]);
await loginPage.Locator("form button[type=submit]").ClickAsync();
await loginPage.WaitForURLAsync(new Uri(baseUrl, "/").ToString());
var state = await login.StorageStateAsync();
var warm = await login.NewPageAsync();
await warm.AddInitScriptAsync(Ready);

var target = new Uri(baseUrl, "/").ToString();
List<double> coldPage = [], coldWall = [], warmPage = [], warmWall = [];
for (var i = 0; i < navigations; i++)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { StorageState = state, ViewportSize = new() { Width = 1280, Height = 900 } });
    var page = await context.NewPageAsync();
    await page.AddInitScriptAsync(Ready);
    var (onPage, wall) = await MeasureAsync(page, target);
    coldPage.Add(onPage);
    coldWall.Add(wall);
    (onPage, wall) = await MeasureAsync(warm, target);
    warmPage.Add(onPage);
    warmWall.Add(wall);
}
Report("cold (fresh context, empty cache)", coldPage, coldWall);
Report("warm (same tab, cached scripts)  ", warmPage, warmWall);
return 0;

static async Task<(double PageMs, double WallMs)> MeasureAsync(IPage page, string url)
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
    await page.WaitForFunctionAsync("() => window.__usableMs !== null", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
    var wall = clock.Elapsed.TotalMilliseconds;
    var onPage = await page.EvaluateAsync<double>("() => window.__usableMs");
    var cards = await page.Locator("li.card .value").CountAsync();
    if (cards == 0)
    {
        throw new InvalidOperationException("The Tomorrow page showed no forecast: is one stored for tomorrow?");
    }
    return (onPage, wall);
}

static void Report(string what, List<double> page, List<double> wall) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{what}: n={page.Count}  usable on page clock p50 {Quantile(page, 0.5):F0} ms, p95 {Quantile(page, 0.95):F0} ms, max {page.Max():F0} ms;  " +
    $"harness wall p50 {Quantile(wall, 0.5):F0} ms, p95 {Quantile(wall, 0.95):F0} ms"));

// Nearest-rank quantile: with 20 samples p95 is the 19th smallest.
static double Quantile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
