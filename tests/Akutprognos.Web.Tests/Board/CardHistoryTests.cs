using System.Net;
using Akutprognos.Core.Board;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Board;

public sealed class CardHistoryTests(DemoApp demo) : IClassFixture<DemoApp>
{
    string Path => demo.Demo.Path;

    [Fact]
    public async Task History_CardLinkedAcrossMeetings_ShowsEachMonthWithEntriesAndTheMicroProject()
    {
        var (october, november) = (FormPost.NewMeeting(Path, "Oktobermöte " + Tag()), FormPost.NewMeeting(Path, "Novembermöte " + Tag()));
        var (first, later, project) = ("Schemat följer inte flödet " + Tag(), "Schemat igen " + Tag(), "Prognosprojekt " + Tag());
        long old, current;
        using (var database = AkutprognosDatabase.Open(Path))
        {
            old = database.Board.PostCard(october.Id, "planner@localhost", CardKind.Challenge, first, new CardDetails(background: "Kvällar")).Id;
            database.Board.AddEntry(old, EntryKind.Idea, "admin@localhost", "Idé: räkna webbesöken");
            current = database.Board.PostCard(november.Id, "planner@localhost", CardKind.Challenge, later, new CardDetails(background: "Fortfarande")).Id;
            database.Board.AddEntry(current, EntryKind.Note, "admin@localhost", "Anteckning: IT tittar på det");
            database.Board.Link(current, old, LinkKind.SimilarChallenge, "planner@localhost");
            database.Board.StartMicroProject(november.Id, "admin@localhost", project, "Ines IT", "Backtest", [current], MicroProjectStatus.Running);
        }
        using var viewer = await demo.LoggedInAsync("viewer");

        foreach (var card in new[] { old, current })
        {
            using var response = await viewer.GetAsync(new Uri($"/board/cards/{card}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var page = html[html.IndexOf("From month to month", StringComparison.Ordinal)..];
            var positions = new[] { first, october.Title, "Idé: räkna webbesöken", later, november.Title, "Anteckning: IT tittar på det", project }
                .Select(text => page.IndexOf(text, StringComparison.Ordinal)).ToList();
            Assert.All(positions, at => Assert.True(at >= 0));
            Assert.Equal(positions.Order(), positions);
            Assert.Contains("In progress", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task History_CardWrittenAhead_OnlyItsAuthorAndTheModeratorSeeIt()
    {
        var meeting = FormPost.NewMeeting(Path, "Dolt möte");
        var (open, hidden) = ("Öppen utmaning " + Tag(), "Dold utmaning " + Tag());
        long shown, ahead;
        using (var database = AkutprognosDatabase.Open(Path))
        {
            shown = database.Board.PostCard(meeting.Id, "admin@localhost", CardKind.Challenge, open, new CardDetails(background: "b")).Id;
            ahead = database.Board.PostCard(meeting.Id, "planner@localhost", CardKind.Challenge, hidden, new CardDetails(background: "b"), revealed: false).Id;
            database.Board.Link(ahead, shown, LinkKind.SimilarChallenge, "planner@localhost");
        }
        using var viewer = await demo.LoggedInAsync("viewer");
        using var planner = await demo.LoggedInAsync("planner");
        using var admin = await demo.LoggedInAsync("admin");

        using (var refused = await viewer.GetAsync(new Uri($"/board/cards/{ahead}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
        Assert.DoesNotContain(hidden, WebUtility.HtmlDecode(await viewer.GetStringAsync(new Uri($"/board/cards/{shown}", UriKind.Relative))), StringComparison.Ordinal);
        foreach (var client in new[] { planner, admin })
        {
            Assert.Contains(hidden, WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/board/cards/{ahead}", UriKind.Relative))), StringComparison.Ordinal);
        }
        using var unknown = await viewer.GetAsync(new Uri("/board/cards/999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task LiveBoard_EachCard_LinksItsHistory()
    {
        var meeting = BoardData.Instance.DemoMeetingId;
        using var viewer = await demo.LoggedInAsync("viewer");
        var page = await viewer.GetStringAsync(new Uri($"/board/{meeting}", UriKind.Relative));
        Assert.All(BoardData.CardsOf(meeting).Where(c => c.Revealed), card => Assert.Contains($"href=\"/board/cards/{card.Id}\"", page, StringComparison.Ordinal));
    }

    static string Tag() => Guid.NewGuid().ToString("N")[..6];
}
