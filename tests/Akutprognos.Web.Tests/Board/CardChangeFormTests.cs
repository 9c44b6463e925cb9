using System.Globalization;
using System.Net;
using Akutprognos.Core.Board;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Board;

/// <summary>Editing, withdrawing and hiding cards through the board's forms, and the card's history that keeps each version.</summary>
public sealed class CardChangeFormTests(DemoApp demo) : IClassFixture<DemoApp>
{
    string Path => demo.Demo.Path;

    [Fact]
    public async Task EditCard_ByAuthor_StoredAndTheEarlierVersionOnTheHistoryPage()
    {
        var meeting = FormPost.NewMeeting(Path, "Ändra kort");
        var card = Post(meeting.Id, "planner@localhost", CardKind.Idea, "Delade scheman", new CardDetails(text: "Ett schema för alla"));
        using var planner = await demo.LoggedInAsync("planner");

        // The kind stays the card's, whatever the form says, and only that kind's fields are kept.
        using var response = await FormPost.PostAsync(planner, $"/board/{meeting.Id}", "EditCard",
            ("cardId", Id(card)), ("Kind", "Challenge"), ("Title", "Ett delat schema"), ("Text", "Ett schema för akuten och röntgen"), ("Background", "smugglad"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(FormPost.BoardOf(Path, meeting.Id).Cards);
        Assert.Equal((CardKind.Idea, "Ett delat schema", "Ett schema för akuten och röntgen", ""), (stored.Kind, stored.Title, stored.Details.Text, stored.Details.Background));
        var history = WebUtility.HtmlDecode(await planner.GetStringAsync(new Uri($"/board/cards/{card.Id}", UriKind.Relative)));
        Assert.Contains("Planner · edited the card", history, StringComparison.Ordinal);
        Assert.Contains("Delade scheman", history, StringComparison.Ordinal);
        Assert.Contains("Ett schema för alla", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditWithdrawHide_ByWhoMayNot_ForbiddenAndNothingStored()
    {
        var meeting = FormPost.NewMeeting(Path, "Inte ditt kort");
        var card = Post(meeting.Id, "admin@localhost", CardKind.Idea, "Moderatorns idé", new CardDetails(text: "Kort och gott"));
        using var planner = await demo.LoggedInAsync("planner");
        using var viewer = await demo.LoggedInAsync("viewer");
        var page = $"/board/{meeting.Id}";

        using var edit = await FormPost.PostAsync(planner, page, "EditCard", ("cardId", Id(card)), ("Title", "Kapad"), ("Text", "x"));
        using var editByReader = await FormPost.PostAsync(viewer, page, "EditCard", ("cardId", Id(card)), ("Title", "Kapad"), ("Text", "x"));
        using var withdraw = await FormPost.PostAsync(planner, page, "Withdraw", ("cardId", Id(card)));
        using var hide = await FormPost.PostAsync(planner, page, "Hide", ("cardId", Id(card)));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { edit, editByReader, withdraw, hide }.Select(r => r.StatusCode));
        var stored = Assert.Single(FormPost.BoardOf(Path, meeting.Id).Cards);
        Assert.Equal(("Moderatorns idé", "Kort och gott"), (stored.Title, stored.Details.Text));
        using var database = AkutprognosDatabase.Open(Path);
        Assert.Empty(database.Board.Changes(card.Id));
    }

    [Fact]
    public async Task WithdrawnByAuthorAndHiddenByModerator_GoneFromEveryBoard()
    {
        var meeting = FormPost.NewMeeting(Path, "Bort från tavlan");
        var own = Post(meeting.Id, "planner@localhost", CardKind.Idea, "Dubblett av förra månaden", new CardDetails(text: "Samma som i januari"));
        var other = Post(meeting.Id, "planner@localhost", CardKind.Idea, "Hör inte hit", new CardDetails(text: "Ett annat möte"));
        var kept = Post(meeting.Id, "planner@localhost", CardKind.Idea, "Jourlistan", new CardDetails(text: "En lista för alla"));
        using var planner = await demo.LoggedInAsync("planner");
        using var admin = await demo.LoggedInAsync("admin");
        var page = $"/board/{meeting.Id}";

        using var withdrawn = await FormPost.PostAsync(planner, page, "Withdraw", ("cardId", Id(own)));
        using var hidden = await FormPost.PostAsync(admin, page, "Hide", ("cardId", Id(other)));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (withdrawn.StatusCode, hidden.StatusCode));
        Assert.Equal([kept.Id], FormPost.BoardOf(Path, meeting.Id).Cards.Select(c => c.Id));
        foreach (var client in new[] { planner, admin })
        {
            var live = await client.GetStringAsync(new Uri(page + "?handler=Live", UriKind.Relative));
            Assert.DoesNotContain($"id=\"card-{own.Id}\"", live, StringComparison.Ordinal);
            Assert.DoesNotContain($"id=\"card-{other.Id}\"", live, StringComparison.Ordinal);
            Assert.Contains($"id=\"card-{kept.Id}\"", live, StringComparison.Ordinal);
        }
        using var history = await admin.GetAsync(new Uri($"/board/cards/{own.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
    }

    Card Post(long meetingId, string author, CardKind kind, string title, CardDetails details)
    {
        using var database = AkutprognosDatabase.Open(Path);
        return database.Board.PostCard(meetingId, author, kind, title, details);
    }

    static string Id(Card card) => card.Id.ToString(CultureInfo.InvariantCulture);
}
