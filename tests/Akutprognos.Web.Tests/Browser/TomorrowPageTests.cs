using System.Globalization;
using Microsoft.Playwright;

namespace Akutprognos.Web.Tests.Browser;

public sealed class TomorrowPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task TomorrowPage_AfterLogin_ShowsEveryEdWithNumbersAndAChartFromThisHostOnly()
    {
        BrowserSession.RequireBrowser();
        var (page, requests) = await session.LoggedInAsync("viewer", session.Demo.ViewerPassword);

        var cards = page.Locator("li.card");
        Assert.Equal(8, await cards.CountAsync());
        foreach (var card in await cards.AllAsync())
        {
            var value = await card.Locator(".big .value").InnerTextAsync();
            Assert.True(double.Parse(value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) > 0, value);
        }
        var names = await page.Locator("li.card h2").AllInnerTextsAsync();
        Assert.Contains("Södersjukhuset", names);
        Assert.Contains("Norrtälje", names);

        await page.Locator("canvas#chart-region[data-drawn=true]").WaitForAsync();
        // Chart.js draws 24 or so hourly points; hovering one shows its values in a tooltip.
        var points = await page.EvaluateAsync<int>("() => Chart.getChart('chart-region').data.datasets.find(d => d.label === 'Forecast').data.filter(v => v > 0).length");
        Assert.InRange(points, 23, 25);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "tomorrow.png"), FullPage = true });
        var foreign = requests.Where(url => !url.StartsWith(session.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.Empty(foreign);
    }

    [SkippableFact]
    public async Task Language_SwitchedToSwedish_ShowsSwedishHeadings()
    {
        BrowserSession.RequireBrowser();
        var (page, _) = await session.LoggedInAsync("viewer", session.Demo.ViewerPassword);
        Assert.StartsWith("Tomorrow", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Svenska" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(session.Address, "/").ToString());
        Assert.StartsWith("I morgon", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));
        await page.SetViewportSizeAsync(390, 844);
        // Chart.js follows a resize on its next animation frame.
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "tomorrow-sv-phone.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task UsersPage_AsViewer_IsRefusedAndAsAdminListsUsers()
    {
        BrowserSession.RequireBrowser();
        var (viewer, _) = await session.LoggedInAsync("viewer", session.Demo.ViewerPassword);
        await viewer.GotoAsync(new Uri(session.Address, "/settings/users").ToString());
        Assert.Equal("Not allowed", await viewer.Locator("h1").InnerTextAsync());

        var (admin, _) = await session.LoggedInAsync("admin", session.Demo.AdminPassword);
        await admin.GotoAsync(new Uri(session.Address, "/settings/users").ToString());
        Assert.Contains("viewer", await admin.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ApiReference_InTheBrowser_ShowsTheForecastEndpointFromThisHostOnly()
    {
        BrowserSession.RequireBrowser();
        var (page, requests) = await session.LoggedInAsync("viewer", session.Demo.ViewerPassword);
        await page.GotoAsync(new Uri(session.Address, "/api/reference/").ToString());
        await page.GetByText("/api/forecasts").First.WaitForAsync(new() { Timeout = 15000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "api-reference.png") });
        var foreign = requests.Where(url => !url.StartsWith(session.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.Empty(foreign);
    }
}
