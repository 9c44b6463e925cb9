using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.Web.Tests.Browser;
using Microsoft.Playwright;

namespace Akutprognos.Web.Tests.Board;

/// <summary>
/// Dot voting in two browsers: the moderator opens voting, both vote, nobody sees a card's count until the
/// moderator reveals the votes, and then both boards show the counts and put the cards in order of votes.
/// </summary>
public sealed class VotingBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [SkippableFact]
    public async Task Votes_HiddenUntilRevealed_ThenCountedAndOrderedInBothBrowsers()
    {
        BrowserSession.RequireBrowser();
        var meeting = FormPost.NewMeeting(session.Demo.Path, "Vi röstar");
        long[] cards;
        using (var database = AkutprognosDatabase.Open(session.Demo.Path))
        {
            cards = new[] { "Väntetider på röntgen", "Sängplatser på natten", "Schemat för helger" }
                .Select(title => database.Board.PostCard(meeting.Id, "admin@localhost", CardKind.Challenge, title, new CardDetails(background: title + " i vintras")).Id)
                .ToArray();
        }
        var (moderator, _) = await session.OnBoardAsync(meeting.Id, "admin", session.Demo.AdminPassword);
        var (participant, _) = await session.OnBoardAsync(meeting.Id, "planner", session.Demo.PlannerPassword);
        Assert.Equal(0, await participant.Locator(".vote-form").CountAsync());

        await moderator.Locator("#vote-budget").FillAsync("2");
        await moderator.Locator(".vote-budget-form button[type=submit]").ClickAsync();
        await moderator.WaitForFunctionAsync("() => document.querySelector('.reveal-votes-form') !== null", null, new() { Timeout = 10_000 });
        // The participant's board offers the votes without a reload.
        await participant.Locator($"#card-{cards[2]} .vote-form button").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal("0", await participant.Locator("#voting [data-used]").InnerTextAsync());

        await VoteAsync(participant, cards[2]);
        await VoteAsync(participant, cards[2]);
        Assert.Equal("2", await participant.Locator("#voting [data-used]").InnerTextAsync());
        Assert.Equal("2", await participant.Locator($"#card-{cards[2]} [data-mine]").InnerTextAsync());
        Assert.True(await participant.Locator($"#card-{cards[0]} .vote-form button").IsDisabledAsync(), "a vote beyond the budget was offered");
        await moderator.Locator("#board[data-joined=true]").WaitForAsync(new() { Timeout = 10_000 });
        await VoteAsync(moderator, cards[1]);
        await participant.Locator("#voting [data-cast]", new() { HasTextString = "3" }).WaitForAsync(new() { Timeout = 10_000 });

        // Three votes are cast, and neither browser shows any card's count.
        Assert.Equal(0, await participant.Locator("[data-votes]").CountAsync());
        Assert.Equal(0, await moderator.Locator("[data-votes]").CountAsync());
        Assert.Equal(cards, await CardOrderAsync(participant));

        await participant.Locator("#board[data-joined=true]").WaitForAsync(new() { Timeout = 10_000 });
        await moderator.Locator(".reveal-votes-form button[type=submit]").ClickAsync();

        foreach (var page in new[] { moderator, participant })
        {
            await page.Locator($"#card-{cards[2]} [data-votes]").WaitForAsync(new() { Timeout = 10_000 });
            Assert.Equal(["2", "1", "0"], [
                await page.Locator($"#card-{cards[2]} [data-votes]").InnerTextAsync(),
                await page.Locator($"#card-{cards[1]} [data-votes]").InnerTextAsync(),
                await page.Locator($"#card-{cards[0]} [data-votes]").InnerTextAsync()]);
            Assert.Equal([cards[2], cards[1], cards[0]], await CardOrderAsync(page));
            Assert.Equal(0, await page.Locator(".vote-form").CountAsync());
        }
        await participant.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "board-votes.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task Reaction_FromTheCardsMenu_CountedInTheOtherBrowser()
    {
        BrowserSession.RequireBrowser();
        var meeting = FormPost.NewMeeting(session.Demo.Path, "Vi reagerar");
        long card;
        using (var database = AkutprognosDatabase.Open(session.Demo.Path))
        {
            card = database.Board.PostCard(meeting.Id, "admin@localhost", CardKind.Idea, "Gemensam jourlista", new CardDetails(text: "En lista för alla kliniker")).Id;
        }
        var (moderator, _) = await session.OnBoardAsync(meeting.Id, "admin", session.Demo.AdminPassword);
        var (participant, _) = await session.OnBoardAsync(meeting.Id, "planner", session.Demo.PlannerPassword);

        await participant.EvaluateAsync("() => { window.beforeReaction = true; }");
        await participant.Locator($"#card-{card} .card-actions > summary").ClickAsync();
        await participant.Locator($"#card-{card} .react-form button[value=Heart]").ClickAsync();
        await participant.WaitForFunctionAsync("() => !window.beforeReaction && document.querySelector('#board[data-joined=true]') !== null", null, new() { Timeout = 10_000 });

        // The other browser shows the count without a reload; the one who reacted sees their reaction marked as given.
        await moderator.Locator($"#card-{card} .reaction[data-reaction=Heart] [data-count]", new() { HasTextString = "1" }).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(0, await moderator.Locator($"#card-{card} .reaction[data-reaction=ThumbsUp]").CountAsync());
        Assert.Equal("false", await moderator.Locator($"#card-{card} .react-form button[value=Heart]").GetAttributeAsync("aria-pressed"));
        Assert.Equal("true", await participant.Locator($"#card-{card} .react-form button[value=Heart]").GetAttributeAsync("aria-pressed"));
    }

    // A vote is a form post: waits for the board that comes back to have joined the meeting.
    static async Task VoteAsync(IPage page, long cardId)
    {
        await page.EvaluateAsync("() => { window.beforeVote = true; }");
        await page.Locator($"#card-{cardId} .vote-form button").ClickAsync();
        await page.WaitForFunctionAsync("() => !window.beforeVote && document.querySelector('#board[data-joined=true]') !== null", null, new() { Timeout = 10_000 });
    }

    static async Task<long[]> CardOrderAsync(IPage page) =>
        await page.EvaluateAsync<long[]>("() => [...document.querySelectorAll('section[data-kind=Challenge] > article[data-card]')].map(a => Number(a.dataset.card))");
}
