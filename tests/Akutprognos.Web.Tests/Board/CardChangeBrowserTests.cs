using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.Web.Tests.Browser;

namespace Akutprognos.Web.Tests.Board;

/// <summary>An author edits and then withdraws a card in one browser; the other browser follows without a reload.</summary>
public sealed class CardChangeBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task EditThenWithdraw_InOneBrowser_FollowedInTheOther()
    {
        BrowserSession.RequireBrowser();
        var meeting = FormPost.NewMeeting(session.Demo.Path, "Ändra och dra tillbaka");
        long card;
        using (var database = AkutprognosDatabase.Open(session.Demo.Path))
        {
            card = database.Board.PostCard(meeting.Id, "planner@localhost", CardKind.Idea, "Jourlista för alla", new CardDetails(text: "En lista")).Id;
        }
        var (author, _) = await session.OnBoardAsync(meeting.Id, "planner", session.Demo.PlannerPassword);
        var (reader, _) = await session.OnBoardAsync(meeting.Id, "viewer", session.Demo.ViewerPassword);
        Assert.Equal(0, await reader.Locator($"#card-{card} .card-actions .edit-card").CountAsync());

        await author.Locator($"#card-{card} .card-actions > summary").ClickAsync();
        await author.Locator($"#card-{card} .edit-card > summary").ClickAsync();
        await author.Locator($"#edit-title-{card}").FillAsync("Jourlista för alla kliniker");
        await author.Locator($"#card-{card} .edit-card-form button[type=submit]").ClickAsync();

        await reader.Locator($"#card-{card} h3", new() { HasTextString = "Jourlista för alla kliniker" }).WaitForAsync(new() { Timeout = 10_000 });

        await author.Locator("#board[data-joined=true]").WaitForAsync(new() { Timeout = 10_000 });
        await author.Locator($"#card-{card} .card-actions > summary").ClickAsync();
        await author.Locator($"#card-{card} .withdraw-form button").ClickAsync();

        await reader.Locator($"#card-{card}").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached, Timeout = 10_000 });
        await author.Locator($"#card-{card}").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached, Timeout = 10_000 });
    }
}
