using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.Web.Tests.Browser;

namespace Akutprognos.Web.Tests.Board;

/// <summary>
/// A board page is rendered before its live connection joins the meeting, and a change made in between is
/// announced to a group the page is not yet in. The page still shows that change once it has joined.
/// </summary>
public sealed class ChangesBeforeJoiningTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task IdeaPosted_BetweenRenderAndJoin_ReachesTheBoard()
    {
        BrowserSession.RequireBrowser();
        var meeting = FormPost.NewMeeting(session.Demo.Path, "Mellan sidan och anslutningen");
        long cardId;
        using (var database = AkutprognosDatabase.Open(session.Demo.Path))
        {
            cardId = database.Board.PostCard(meeting.Id, "admin@localhost", CardKind.Challenge, "Överbeläggningar", new CardDetails(background: "Vintern")).Id;
        }
        var (watcher, _) = await session.OnBoardAsync(meeting.Id, "planner", session.Demo.PlannerPassword);

        // The late page's live connection waits at its first request until the idea has been posted and announced.
        var (late, _) = await session.LoggedInAsync("admin", session.Demo.AdminPassword);
        var posted = new TaskCompletionSource();
        await late.RouteAsync("**/board/hub/negotiate**", async route =>
        {
            await posted.Task;
            await route.ContinueAsync();
        });
        await late.GotoAsync(new Uri(session.Address, $"/board/{meeting.Id}").ToString());
        Assert.Equal(0, await late.Locator($"#card-{cardId} li.entry").CountAsync());

        await watcher.Locator($"#card-{cardId} [data-idea]").FillAsync("Öppna fler vårdplatser i januari");
        await watcher.Locator($"#card-{cardId} .entry-form button[type=submit]").ClickAsync();
        await watcher.Locator($"#card-{cardId} li.entry", new() { HasTextString = "Öppna fler vårdplatser i januari" }).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(0, await late.Locator($"#card-{cardId} li.entry").CountAsync());
        posted.SetResult();

        await late.Locator("#board[data-joined=true]").WaitForAsync(new() { Timeout = 10_000 });
        await late.Locator($"#card-{cardId} li.entry", new() { HasTextString = "Öppna fler vårdplatser i januari" }).WaitForAsync(new() { Timeout = 10_000 });
    }
}
