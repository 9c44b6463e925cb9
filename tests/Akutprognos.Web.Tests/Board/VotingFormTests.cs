using System.Globalization;
using System.Net;
using Akutprognos.Core.Board;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Board;

/// <summary>Dot voting and reactions through the board's forms, posted directly as a browser (or anyone else) could.</summary>
public sealed class VotingFormTests(DemoApp demo) : IClassFixture<DemoApp>
{
    string Path => demo.Demo.Path;

    [Fact]
    public async Task BudgetAndReveal_ByParticipantOrReader_ForbiddenAndNothingStored()
    {
        var (meeting, _) = MeetingWithCards("Bara moderatorn", 1);
        using var planner = await demo.LoggedInAsync("planner");
        using var viewer = await demo.LoggedInAsync("viewer");
        using var admin = await demo.LoggedInAsync("admin");
        var page = $"/board/{meeting.Id}";

        using var byParticipant = await FormPost.PostAsync(planner, page, "VoteBudget", ("budget", "5"));
        using var byReader = await FormPost.PostAsync(viewer, page, "VoteBudget", ("budget", "5"));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (byParticipant.StatusCode, byReader.StatusCode));
        Assert.Equal(0, Votes(meeting.Id).Budget);

        using var opened = await FormPost.PostAsync(admin, page, "VoteBudget", ("budget", "2"));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        using var revealByParticipant = await FormPost.PostAsync(planner, page, "RevealVotes");
        using var revealByReader = await FormPost.PostAsync(viewer, page, "RevealVotes");
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (revealByParticipant.StatusCode, revealByReader.StatusCode));

        var votes = Votes(meeting.Id);
        Assert.Equal((2, false), (votes.Budget, votes.Revealed));
        using var missing = await FormPost.PostAsync(admin, page, "VoteBudget", ("budget", ""));
        using var tooMany = await FormPost.PostAsync(admin, page, "VoteBudget", ("budget", "99"));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, tooMany.StatusCode));
        Assert.Equal(2, Votes(meeting.Id).Budget);
    }

    [Fact]
    public async Task Vote_PostedDirectlyBeyondTheBudget_RefusedAndCountsHiddenUntilRevealed()
    {
        var (meeting, cards) = MeetingWithCards("Rösta", 2);
        using var planner = await demo.LoggedInAsync("planner");
        using var viewer = await demo.LoggedInAsync("viewer");
        using var admin = await demo.LoggedInAsync("admin");
        var page = $"/board/{meeting.Id}";
        using (await FormPost.PostAsync(admin, page, "VoteBudget", ("budget", "2")))
        {
        }

        using var first = await FormPost.PostAsync(planner, page, "Vote", ("cardId", Id(cards[1])));
        using var second = await FormPost.PostAsync(planner, page, "Vote", ("cardId", Id(cards[1])));
        using var third = await FormPost.PostAsync(planner, page, "Vote", ("cardId", Id(cards[0])));
        using var byReader = await FormPost.PostAsync(viewer, page, "Vote", ("cardId", Id(cards[0])));
        using var byModerator = await FormPost.PostAsync(admin, page, "Vote", ("cardId", Id(cards[0])));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byModerator.StatusCode);
        Assert.Equal(2, Votes(meeting.Id, "planner@localhost").Used);
        Assert.Equal(3, Votes(meeting.Id).Cast);
        foreach (var client in new[] { planner, viewer, admin })
        {
            var hidden = await Live(client);
            Assert.DoesNotContain("data-votes", hidden, StringComparison.Ordinal);
            Assert.Contains("data-cast>3<", hidden, StringComparison.Ordinal);
        }
        Assert.Contains("data-mine>2<", await Live(planner), StringComparison.Ordinal);

        using var revealed = await FormPost.PostAsync(admin, page, "RevealVotes");

        Assert.Equal(HttpStatusCode.Redirect, revealed.StatusCode);
        var shown = await Live(viewer);
        Assert.Contains("data-votes>2<", shown, StringComparison.Ordinal);
        Assert.Contains("data-votes>1<", shown, StringComparison.Ordinal);
        // The card with more votes comes first, although it was posted second.
        Assert.True(shown.IndexOf($"id=\"card-{cards[1].Id}\"", StringComparison.Ordinal) < shown.IndexOf($"id=\"card-{cards[0].Id}\"", StringComparison.Ordinal));
        using var late = await FormPost.PostAsync(planner, page, "Unvote", ("cardId", Id(cards[1])));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(3, Votes(meeting.Id).Cast);

        Task<string> Live(HttpClient client) => client.GetStringAsync(new Uri(page + "?handler=Live", UriKind.Relative));
    }

    [Fact]
    public async Task React_GivenThenTakenBack_CountShownToReaders()
    {
        var (meeting, cards) = MeetingWithCards("Reaktioner", 1);
        using var planner = await demo.LoggedInAsync("planner");
        using var viewer = await demo.LoggedInAsync("viewer");
        var page = $"/board/{meeting.Id}";

        using var given = await FormPost.PostAsync(planner, page, "React", ("cardId", Id(cards[0])), ("reaction", "Bulb"));
        using var byReader = await FormPost.PostAsync(viewer, page, "React", ("cardId", Id(cards[0])), ("reaction", "Heart"));
        using var unknown = await FormPost.PostAsync(planner, page, "React", ("cardId", Id(cards[0])), ("reaction", "Smile"));

        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync(new Uri(page + "?handler=Live", UriKind.Relative)));
        Assert.Contains("data-reaction=\"Bulb\">💡 <span data-count>1</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-reaction=\"Heart\"", html, StringComparison.Ordinal);

        using var takenBack = await FormPost.PostAsync(planner, page, "React", ("cardId", Id(cards[0])), ("reaction", "Bulb"));
        Assert.Equal(HttpStatusCode.Redirect, takenBack.StatusCode);
        using var database = AkutprognosDatabase.Open(Path);
        Assert.Empty(database.Board.Reactions(meeting.Id).Counts);
    }

    (Meeting Meeting, IReadOnlyList<Card> Cards) MeetingWithCards(string title, int count)
    {
        var meeting = FormPost.NewMeeting(Path, title);
        using var database = AkutprognosDatabase.Open(Path);
        var cards = Enumerable.Range(1, count)
            .Select(i => database.Board.PostCard(meeting.Id, "admin@localhost", CardKind.Challenge, $"{title} {i}", new CardDetails(background: "Bakgrund " + i)))
            .ToList();
        return (meeting, cards);
    }

    MeetingVotes Votes(long meetingId, string? viewer = null)
    {
        using var database = AkutprognosDatabase.Open(Path);
        return database.Board.Votes(meetingId, viewer);
    }

    static string Id(Card card) => card.Id.ToString(CultureInfo.InvariantCulture);
}
