using System.Net;
using System.Text.Json;
using Akutprognos.Core.Board;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Board;

public sealed class BoardExportTests(DemoApp demo) : IClassFixture<DemoApp>
{
    readonly BoardData data = BoardData.Instance;

    public static TheoryData<string, string> Formats => new()
    {
        { "md", "text/markdown" },
        { "csv", "text/csv" },
        { "json", "application/json" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task MeetingExport_DemoMeeting_DownloadWithEveryRevealedCardTitle(string format, string mediaType)
    {
        using var client = await demo.LoggedInAsync("viewer");
        var text = await DownloadAsync(client, $"/board/{data.DemoMeetingId}/export.{format}", format, mediaType);

        var cards = FormPost.BoardOf(demo.Demo.Path, data.DemoMeetingId).RevealedOnly().Cards;
        Assert.True(cards.Count >= 3, $"{cards.Count} cards");
        Assert.All(cards, card => Assert.Contains(card.Title, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ProjectsExport_All_DownloadWithTheDemoProjectAndItsCards(string format, string mediaType)
    {
        using var client = await demo.LoggedInAsync("viewer");
        var text = await DownloadAsync(client, $"/board/projects/export.{format}", format, mediaType);

        var project = Assert.Single(FormPost.BoardOf(demo.Demo.Path, data.DemoMeetingId).MicroProjects);
        Assert.Contains(project.Title, text, StringComparison.Ordinal);
        if (format != "json")
        {
            var cards = BoardData.CardsOf(data.DemoMeetingId).Where(c => project.CardIds.Contains(c.Id)).ToList();
            Assert.NotEmpty(cards);
            Assert.All(cards, card => Assert.Contains(card.Title, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Exports_CardWrittenAhead_AbsentUntilRevealed()
    {
        var meeting = FormPost.NewMeeting(demo.Demo.Path, "Exportmöte");
        var shown = "Synligt kort " + Guid.NewGuid().ToString("N")[..6];
        var hidden = "Dolt kort " + Guid.NewGuid().ToString("N")[..6];
        using (var database = AkutprognosDatabase.Open(demo.Demo.Path))
        {
            var open = database.Board.PostCard(meeting.Id, "planner@localhost", CardKind.Challenge, shown, new CardDetails(background: "Bakgrund"));
            var ahead = database.Board.PostCard(meeting.Id, "planner@localhost", CardKind.Project, hidden, new CardDetails(goal: "Mål"), revealed: false);
            database.Board.AddEntry(ahead.Id, EntryKind.Idea, "planner@localhost", "Idé om " + hidden);
            database.Board.StartMicroProject(meeting.Id, "admin@localhost", "Projekt " + shown, "Ines IT", "Starta", [open.Id, ahead.Id]);
        }
        using var client = await demo.LoggedInAsync("admin");
        foreach (var (format, mediaType) in Formats.Select(row => ((string)row[0], (string)row[1])))
        {
            var meetingText = await DownloadAsync(client, $"/board/{meeting.Id}/export.{format}", format, mediaType);
            var projectsText = await DownloadAsync(client, $"/board/projects/export.{format}", format, mediaType);
            Assert.Contains(shown, meetingText, StringComparison.Ordinal);
            Assert.DoesNotContain(hidden, meetingText, StringComparison.Ordinal);
            Assert.Contains("Projekt " + shown, projectsText, StringComparison.Ordinal);
            Assert.DoesNotContain(hidden, projectsText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/board/999999/export.md")]
    [InlineData("/board/{0}/export.pdf")]
    [InlineData("/board/projects/export.xml")]
    public async Task Export_UnknownMeetingOrFormat_NotFound(string page)
    {
        using var client = await demo.LoggedInAsync("viewer");
        using var response = await client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, data.DemoMeetingId), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SummaryAndProjectsPages_LinkTheDownloads()
    {
        using var client = await demo.LoggedInAsync("viewer");
        var summary = await client.GetStringAsync(new Uri($"/board/{data.DemoMeetingId}/summary", UriKind.Relative));
        var projects = await client.GetStringAsync(new Uri("/board/projects", UriKind.Relative));
        foreach (var format in new[] { "md", "csv", "json" })
        {
            Assert.Contains($"href=\"/board/{data.DemoMeetingId}/export.{format}\"", summary, StringComparison.Ordinal);
            Assert.Contains($"href=\"/board/projects/export.{format}\"", projects, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The body of a download, checked to be an attachment of the format's type and name in UTF-8; for JSON, which
    /// must parse, its string values one a line (the writer escapes quotes and the like).
    /// </summary>
    static async Task<string> DownloadAsync(HttpClient client, string path, string format, string mediaType)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.EndsWith("." + format, disposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        if (format == "json")
        {
            using var document = JsonDocument.Parse(text);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            return string.Join('\n', Strings(document.RootElement));
        }
        return text;
    }

    static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
