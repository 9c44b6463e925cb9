using System.Net;
using Akutprognos.Core.Board;

namespace Akutprognos.Web.Tests.Board;

public sealed class CardFormTests(DemoApp demo) : IClassFixture<DemoApp>
{
    string Path => demo.Demo.Path;

    [Fact]
    public async Task PostChallenge_AllFieldsByParticipant_StoredCleanAndShownEncoded()
    {
        var meeting = FormPost.NewMeeting(Path, "Utmaningar");
        using var planner = await demo.LoggedInAsync("planner");
        var page = $"/board/{meeting.Id}";

        using var response = await FormPost.PostAsync(planner, page, "Card",
            ("Kind", "Challenge"), ("Title", "Vi bemannar aldrig akuten rätt"), ("Department", ""),
            ("Background", "Schemat läggs sex veckor före<script>alert('x')</script>"), ("CurrentState", "Magkänsla"),
            ("DesiredState", "Rätt antal på plats"), ("Obstacles", "<img src=x onerror=alert(1)>Vi vet inte i förväg"),
            ("Text", "an idea field left filled"), ("Goal", "a project field left filled"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var card = Assert.Single(FormPost.BoardOf(Path, meeting.Id).Cards);
        Assert.Equal((CardKind.Challenge, "HR", "planner@localhost", true), (card.Kind, card.Department, card.Author, card.Revealed));
        Assert.Equal(("Schemat läggs sex veckor före", "Magkänsla", "Rätt antal på plats", "Vi vet inte i förväg"),
            (card.Details.Background, card.Details.CurrentState, card.Details.DesiredState, card.Details.Obstacles));
        Assert.Equal(("", ""), (card.Details.Text, card.Details.Goal));
        var html = await planner.GetStringAsync(new Uri(page + "?handler=Live", UriKind.Relative));
        Assert.Contains("Rätt antal på plats", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostProject_WithOwnerDatesAndOtherDepartment_Stored()
    {
        var meeting = FormPost.NewMeeting(Path, "Projekt");
        using var planner = await demo.LoggedInAsync("planner");

        using var response = await FormPost.PostAsync(planner, $"/board/{meeting.Id}", "Card",
            ("Kind", "Project"), ("Title", "Nytt schemaverktyg"), ("Department", "Röntgen"), ("Goal", "Ett schema för alla"),
            ("Owner", "Rut"), ("StartDate", "2026-03-01"), ("EndDate", "2026-09-30"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var card = Assert.Single(FormPost.BoardOf(Path, meeting.Id).Cards);
        Assert.Equal((CardKind.Project, "Röntgen", "Ett schema för alla", "Rut", new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 30)),
            (card.Kind, card.Department, card.Details.Goal, card.Details.Owner, card.Details.StartDate, card.Details.EndDate));
    }

    [Fact]
    public async Task PostProject_EndingBeforeItStarts_BadRequestAndNothingStored()
    {
        var meeting = FormPost.NewMeeting(Path, "Fel datum");
        using var planner = await demo.LoggedInAsync("planner");

        using var response = await FormPost.PostAsync(planner, $"/board/{meeting.Id}", "Card",
            ("Kind", "Project"), ("Title", "Baklänges"), ("StartDate", "2026-09-30"), ("EndDate", "2026-03-01"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(FormPost.BoardOf(Path, meeting.Id).Cards);
    }

    [Fact]
    public async Task CardWrittenAhead_HiddenFromOthersUntilTheAuthorRevealsIt()
    {
        var meeting = FormPost.NewMeeting(Path, "I förväg");
        using var planner = await demo.LoggedInAsync("planner");
        using var admin = await demo.LoggedInAsync("admin");
        using var viewer = await demo.LoggedInAsync("viewer");
        var page = $"/board/{meeting.Id}";
        var title = "Hemligt kort " + Guid.NewGuid().ToString("N")[..6];

        using var posted = await FormPost.PostAsync(planner, page, "Card", ("Kind", "Idea"), ("Title", title), ("Text", "Kalla in kvällen före"), ("WriteAhead", "true"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var card = Assert.Single(FormPost.BoardOf(Path, meeting.Id).Cards);
        Assert.False(card.Revealed);
        Assert.Contains(title, await Live(planner), StringComparison.Ordinal);
        Assert.Contains(title, await Live(admin), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await Live(viewer), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await viewer.GetStringAsync(new Uri(page + "/summary.html", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await viewer.GetStringAsync(new Uri(page + "/present", UriKind.Relative)), StringComparison.Ordinal);

        using var byReader = await FormPost.PostAsync(viewer, page, "Reveal", ("cardId", card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        Assert.DoesNotContain(title, await Live(viewer), StringComparison.Ordinal);

        using var revealed = await FormPost.PostAsync(planner, page, "Reveal", ("cardId", card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, revealed.StatusCode);
        Assert.Contains(title, await Live(viewer), StringComparison.Ordinal);

        Task<string> Live(HttpClient client) => client.GetStringAsync(new Uri(page + "?handler=Live", UriKind.Relative));
    }

    [Fact]
    public async Task PostCard_ByReader_ForbiddenAndNothingStored()
    {
        var meeting = FormPost.NewMeeting(Path, "Läsare");
        using var viewer = await demo.LoggedInAsync("viewer");

        using var response = await FormPost.PostAsync(viewer, $"/board/{meeting.Id}", "Card", ("Kind", "Challenge"), ("Title", "Läsarens kort"), ("Background", "x"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(FormPost.BoardOf(Path, meeting.Id).Cards);
    }
}
