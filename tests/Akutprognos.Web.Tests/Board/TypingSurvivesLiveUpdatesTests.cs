using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.Web.Tests.Browser;
using Microsoft.Playwright;

namespace Akutprognos.Web.Tests.Board;

/// <summary>
/// Three browsers on one board: one person writes ideas without sending them, another posts ten cards, a third
/// reads. The live updates patch the new cards in without touching the fields the writer is working in.
/// </summary>
public sealed class TypingSurvivesLiveUpdatesTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task TextTyped_SurvivesTenCardsPostedElsewhere_WithFocusKept()
    {
        BrowserSession.RequireBrowser();
        var meeting = FormPost.NewMeeting(session.Demo.Path, "Skriv i lugn och ro");
        long first, second;
        using (var database = AkutprognosDatabase.Open(session.Demo.Path))
        {
            first = database.Board.PostCard(meeting.Id, "admin@localhost", CardKind.Challenge, "Väntetider på röntgen", new CardDetails(background: "Kvällarna")).Id;
            second = database.Board.PostCard(meeting.Id, "admin@localhost", CardKind.Challenge, "Sängplatser på natten", new CardDetails(background: "Nätterna")).Id;
        }
        var (writer, _) = await session.OnBoardAsync(meeting.Id, "planner", session.Demo.PlannerPassword);
        var (reader, _) = await session.OnBoardAsync(meeting.Id, "viewer", session.Demo.ViewerPassword);
        var (poster, _) = await session.OnBoardAsync(meeting.Id, "admin", session.Demo.AdminPassword);

        // Unsent text in one card's field, then the focus and a half-typed idea in another's.
        var unsent = writer.Locator($"#card-{second} [data-idea]");
        await unsent.FillAsync("Dela sängläget med akuten");
        var typing = writer.Locator($"#card-{first} [data-idea]");
        await typing.ClickAsync();
        await writer.Keyboard.TypeAsync("Ring röntgen när");
        var scrolled = await writer.EvaluateAsync<double>("() => window.scrollY");

        for (var i = 1; i <= 10; i++)
        {
            var title = $"Kort nummer {i} från moderatorn";
            await poster.Locator("details.board-form").EvaluateAsync("d => d.open = true");
            await poster.Locator("form[data-new-card] [name=Title]").FillAsync(title);
            await poster.Locator("form[data-new-card] [name=Background]").FillAsync("Bakgrund " + i);
            await poster.Locator("form[data-new-card] button[type=submit]").ClickAsync();
            // The poster's own list shows the card at once.
            await poster.Locator("article.board-card h3", new() { HasTextString = title }).WaitForAsync(new() { Timeout = 10_000 });
            await poster.Locator("#board[data-joined=true]").WaitForAsync(new() { Timeout = 10_000 });
        }

        await writer.Locator("article.board-card h3", new() { HasTextString = "Kort nummer 10 från moderatorn" }).WaitForAsync(new() { Timeout = 10_000 });
        await reader.Locator("article.board-card h3", new() { HasTextString = "Kort nummer 10 från moderatorn" }).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(12, await writer.Locator("article.board-card").CountAsync());
        Assert.Equal(12, await reader.Locator("article.board-card").CountAsync());

        Assert.Equal("Ring röntgen när", await typing.InputValueAsync());
        Assert.Equal("Dela sängläget med akuten", await unsent.InputValueAsync());
        Assert.True(await typing.EvaluateAsync<bool>("f => document.activeElement === f"), "the field being typed in lost the focus");
        Assert.Equal(scrolled, await writer.EvaluateAsync<double>("() => window.scrollY"));
        // Every card the writer has not looked at yet is marked as new, and counted.
        Assert.Equal(10, await writer.Locator("article.is-new .new-marker").CountAsync());
        Assert.Equal("10", await writer.Locator("#new-since [data-count]").InnerTextAsync());
        Assert.True(await writer.Locator("#new-since").IsVisibleAsync());

        // The keyboard still types into the same field, and Enter sends the idea, which reaches the reader.
        await writer.Keyboard.TypeAsync(" kvällen är stökig");
        await writer.Keyboard.PressAsync("Enter");
        await reader.Locator($"#card-{first} li.entry", new() { HasTextString = "Ring röntgen när kvällen är stökig" }).WaitForAsync(new() { Timeout = 10_000 });
        await writer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "board-typing.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task Board_OnAPhone_HasNoSidewaysScrollingAndFewTabStopsPerCard()
    {
        BrowserSession.RequireBrowser();
        var meeting = FormPost.NewMeeting(session.Demo.Path, "Telefonen");
        using (var database = AkutprognosDatabase.Open(session.Demo.Path))
        {
            for (var i = 0; i < 7; i++)
            {
                database.Board.PostCard(meeting.Id, "admin@localhost", CardKind.Challenge, // Words of their own, so no card of another test's meeting shows up as a look-alike (a link) beside them.
                    $"Ett ganska långt kortnamn {Guid.NewGuid():N} {Guid.NewGuid():N}", new CardDetails(background: Guid.NewGuid().ToString("N")));
            }
        }
        var (page, _) = await session.OnBoardAsync(meeting.Id, "planner", session.Demo.PlannerPassword);
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the board scrolls sideways at 390 px");
        // The idea field, its button and the menu: three stops per card (plus no other focusable thing inside it).
        var stops = await page.EvaluateAsync<int[]>("""
            () => [...document.querySelectorAll('article.board-card')].map(card =>
                [...card.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
                    .filter(e => e.tagName === 'SUMMARY' || e.checkVisibility()).length)
            """);
        Assert.Equal(7, stops.Length);
        Assert.All(stops, n => Assert.Equal(3, n));
    }
}
