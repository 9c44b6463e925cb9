using Akutprognos.Pipeline.Sites;
using Akutprognos.Pipeline.Staffing;
using Microsoft.Playwright;

namespace Akutprognos.Web.Tests.Browser;

/// <summary>A browser session on a copy of the demo database, so the change it makes stays out of the other classes.</summary>
public sealed class CopiedBrowserSession : IAsyncLifetime
{
    readonly DemoCopy copy = new();

    public CopiedBrowserSession() => Session = new BrowserSession(copy.Path);

    public BrowserSession Session { get; }

    public Akutprognos.Storage.AkutprognosDatabase Open() => copy.Open();

    public Task InitializeAsync() => Session.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Session.DisposeAsync();
        copy.Dispose();
    }
}

public sealed class StaffingSettingsPageTests(CopiedBrowserSession fixture) : IClassFixture<CopiedBrowserSession>
{
    BrowserSession Session => fixture.Session;

    string At(string path) => new Uri(Session.Address, path).ToString();

    [SkippableFact]
    public async Task StaffingSetting_ChangedByAdmin_IsKeptAfterReloadAndInTheAuditLog()
    {
        BrowserSession.RequireBrowser();
        var (page, _) = await Session.LoggedInAsync("admin", Session.Demo.AdminPassword);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Staffing parameters" }).ClickAsync();
        await page.WaitForURLAsync(At("/settings/staffing"));
        var doctor = page.GetByRole(AriaRole.Group, new() { Name = "doctor" });
        var target = doctor.GetByLabel("Target wait (minutes)");
        Assert.Equal("60", await target.InputValueAsync());
        await target.FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.GetByText("Saved. The next staffing plan uses these numbers.").WaitForAsync();

        // A fresh load of the page, not the answer to the post.
        await page.GotoAsync(At("/settings/staffing"));
        Assert.Equal("45", await page.GetByRole(AriaRole.Group, new() { Name = "doctor" }).GetByLabel("Target wait (minutes)").InputValueAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "settings-staffing.png"), FullPage = true });
        using (var database = fixture.Open())
        {
            Assert.Equal(45, new StaffingRun(database, SiteSetup.Load(database)).StoredConfiguration().Role("doctor")!.TargetMinutes);
        }

        await page.GotoAsync(At("/settings/audit"));
        var latest = page.Locator("tbody tr").First;
        Assert.Contains("staffing parameters changed", await latest.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("doctor target_minutes 60 → 45", await latest.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "settings-audit.png") });
    }

    [SkippableFact]
    public async Task ShiftsAndSites_InSwedish_ListEveryShiftAndSite()
    {
        BrowserSession.RequireBrowser();
        var (page, _) = await Session.LoggedInAsync("admin", Session.Demo.AdminPassword, "sv-SE");

        await page.GotoAsync(At("/settings/shifts"));
        Assert.Equal("Passmallar", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(["07–16", "13–22", "21–07:30"], await page.Locator("tbody th").AllInnerTextsAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "settings-shifts-sv.png"), FullPage = true });

        await page.GotoAsync(At("/settings/sites"));
        Assert.Equal("Akutmottagningar", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(7, await page.Locator("form.site-form").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "settings-sites-sv.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task StaffingSettings_AsViewer_AreRefusedAndNotInTheMenu()
    {
        BrowserSession.RequireBrowser();
        var (page, _) = await Session.LoggedInAsync("viewer", Session.Demo.ViewerPassword);
        Assert.Equal(0, await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).CountAsync());

        var response = await page.GotoAsync(At("/settings/staffing"));

        Assert.Equal("Not allowed", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(403, response!.Status);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "settings-staffing-viewer.png") });
    }
}
