using Akutprognos.Web.Tests.Browser;
using Microsoft.Playwright;

namespace Akutprognos.Web.Tests.Board;

public sealed class BoardFormsBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task Planner_CreatesAMeetingInvitesSomeoneAndPostsAFullChallenge()
    {
        BrowserSession.RequireBrowser();
        var (page, _) = await session.LoggedInAsync("planner", session.Demo.PlannerPassword);
        var title = "Tvärgruppen april " + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync(new Uri(session.Address, "/board").ToString());
        await page.Locator("#create-meeting").EvaluateAsync("f => f.closest('details').open = true");
        await page.Locator("#meeting-title").FillAsync(title);
        await page.Locator("#meeting-start").FillAsync("2026-04-14T13:00");
        await page.Locator("#meeting-duration").FillAsync("60");
        await page.Locator("#meeting-room").FillAsync("Konferensrum Ljuset");
        await page.Locator("#meeting-department").FillAsync("Planering");
        await page.Locator("#create-meeting button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/board/[0-9]+/edit$"));
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());

        await page.Locator("#participant-name").FillAsync("Rut Röntgen");
        await page.Locator("#participant-email").FillAsync("rut@region.example");
        await page.Locator("#participant-department").FillAsync("Röntgen");
        await page.Locator("#add-participant button[type=submit]").ClickAsync();
        await page.Locator("#participants td", new() { HasTextString = "rut@region.example" }).WaitForAsync(new() { Timeout = 5_000 });

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the board" }).ClickAsync();
        await page.Locator("#kind").SelectOptionAsync("Challenge");
        Assert.True(await page.Locator("#idea-text").IsHiddenAsync());
        await page.Locator("#title").FillAsync("Röntgen väntar på akuten");
        await page.Locator("#background").FillAsync("Kvällarna är oförutsägbara.");
        await page.Locator("#current-state").FillAsync("Vi bemannar efter schema.");
        await page.Locator("#desired-state").FillAsync("Vi bemannar efter prognos.");
        await page.Locator("#obstacles").FillAsync("Ingen vet i förväg.");
        await page.Locator("#post-card button[type=submit]").ClickAsync();

        var card = page.Locator("article.board-card", new() { Has = page.Locator("h3", new() { HasTextString = "Röntgen väntar på akuten" }) });
        await card.WaitForAsync(new() { Timeout = 5_000 });
        var text = await card.InnerTextAsync();
        foreach (var part in new[] { "Planering", "Kvällarna är oförutsägbara.", "Vi bemannar efter schema.", "Vi bemannar efter prognos.", "Ingen vet i förväg." })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "board-forms.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task CardWrittenAhead_RevealedByItsAuthor_AppearsInAReadersBrowser()
    {
        BrowserSession.RequireBrowser();
        var meeting = FormPost.NewMeeting(session.Demo.Path, "Skrivet i förväg");
        var (author, _) = await session.OnBoardAsync(meeting.Id, "planner", session.Demo.PlannerPassword);
        var (reader, _) = await session.OnBoardAsync(meeting.Id, "viewer", session.Demo.ViewerPassword);

        await author.Locator("details.board-form").EvaluateAsync("d => d.open = true");
        await author.Locator("#kind").SelectOptionAsync("Idea");
        await author.Locator("#title").FillAsync("Dela schemat med röntgen");
        await author.Locator("#idea-text").FillAsync("Ett gemensamt schema för akuten och röntgen.");
        await author.Locator("#write-ahead").CheckAsync();
        await author.Locator("#post-card button[type=submit]").ClickAsync();
        var hidden = author.Locator("article.hidden-card", new() { Has = author.Locator("h3", new() { HasTextString = "Dela schemat med röntgen" }) });
        await hidden.WaitForAsync(new() { Timeout = 5_000 });
        await reader.ReloadAsync();
        Assert.Equal(0, await reader.Locator("article.board-card h3", new() { HasTextString = "Dela schemat med röntgen" }).CountAsync());

        await reader.Locator("#board[data-joined=true]").WaitForAsync(new() { Timeout = 10_000 });
        await hidden.Locator(".reveal-form button[type=submit]").ClickAsync();
        await reader.Locator("article.board-card h3", new() { HasTextString = "Dela schemat med röntgen" }).WaitForAsync(new() { Timeout = 1_000 });
    }
}
