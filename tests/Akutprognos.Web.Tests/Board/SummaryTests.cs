using System.Globalization;
using System.Net;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Board;

public sealed class SummaryTests(DemoApp demo) : IClassFixture<DemoApp>
{
    readonly BoardData data = BoardData.Instance;

    [Fact]
    public async Task DemoSummary_AsReader_ListsEveryCardWithItsIdeasAndNotesAndLinksTheMicroProjectBack()
    {
        using var client = await demo.LoggedInAsync("viewer");
        using var response = await client.GetAsync(new Uri($"/board/{data.DemoMeetingId}/summary.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);

        using var database = AkutprognosDatabase.Open(demo.Demo.Path);
        var board = database.Board.Board(data.DemoMeetingId);
        Assert.Contains(board.Cards, c => c.Department == "HR" && c.Title.Contains("bemanna", StringComparison.OrdinalIgnoreCase));
        foreach (var card in board.Cards)
        {
            Assert.Contains(card.Title, text, StringComparison.Ordinal);
            Assert.Contains($"id=\"kort-{card.Id.ToString(CultureInfo.InvariantCulture)}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains(board.Entries, e => e.Kind == Core.Board.EntryKind.Note);
        Assert.Contains(board.Entries, e => e.Kind == Core.Board.EntryKind.Idea);
        foreach (var entry in board.Entries)
        {
            Assert.Contains(entry.Text, text, StringComparison.Ordinal);
        }

        var project = Assert.Single(board.MicroProjects);
        Assert.Contains("Akutprognos", project.Title, StringComparison.Ordinal);
        var section = text[text.IndexOf(project.Title, StringComparison.Ordinal)..];
        foreach (var cardId in project.CardIds)
        {
            Assert.Contains($"href=\"#kort-{cardId.ToString(CultureInfo.InvariantCulture)}\"", section, StringComparison.Ordinal);
        }

        var projects = await client.GetStringAsync(new Uri("/board/projects", UriKind.Relative));
        foreach (var cardId in project.CardIds)
        {
            Assert.Contains($"href=\"/board/{data.DemoMeetingId}#card-{cardId}\"", projects, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SummaryPage_AsModerator_OffersSendingAndAsReaderDoesNot()
    {
        using var admin = await demo.LoggedInAsync("admin");
        Assert.Contains("Send to all participants", await admin.GetStringAsync(new Uri($"/board/{data.DemoMeetingId}/summary", UriKind.Relative)), StringComparison.Ordinal);
        using var viewer = await demo.LoggedInAsync("viewer");
        Assert.DoesNotContain("Send to all participants", await viewer.GetStringAsync(new Uri($"/board/{data.DemoMeetingId}/summary", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryPage_ShowsTheSummaryAsHtml_NotAsMarkdownText()
    {
        using var viewer = await demo.LoggedInAsync("viewer");
        var html = await viewer.GetStringAsync(new Uri($"/board/{data.DemoMeetingId}/summary", UriKind.Relative));
        using var database = AkutprognosDatabase.Open(demo.Demo.Path);
        var card = database.Board.Board(data.DemoMeetingId).RevealedOnly().Cards.First();
        Assert.Contains($"<section class=\"card\" id=\"kort-{card.Id.ToString(CultureInfo.InvariantCulture)}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;a id=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre", html, StringComparison.Ordinal);
        Assert.DoesNotContain("## ", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationDownload_IsTheMeetingsIcsWithTheBoardLink_AndTheBoardLinksToIt()
    {
        using var viewer = await demo.LoggedInAsync("viewer");
        var page = await viewer.GetStringAsync(new Uri($"/board/{data.DemoMeetingId}", UriKind.Relative));
        Assert.Contains($"href=\"/board/{data.DemoMeetingId}/invitation.ics\" download", page, StringComparison.Ordinal);

        using var response = await viewer.GetAsync(new Uri($"/board/{data.DemoMeetingId}/invitation.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var meeting = Assert.Single(calendar.Events);
        Assert.EndsWith($"/board/{data.DemoMeetingId}", meeting.Url!.ToString(), StringComparison.Ordinal);
        Assert.Contains($"/board/{data.DemoMeetingId}", meeting.Description, StringComparison.Ordinal);
        Assert.Equal("Europe/Stockholm", Assert.Single(calendar.TimeZones).TzId);
    }
}
