using System.Globalization;
using System.Net;
using Akutprognos.Core.Board;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Board;

public sealed class ProjectAndLinkFormTests(DemoApp demo) : IClassFixture<DemoApp>
{
    string Path => demo.Demo.Path;

    [Fact]
    public async Task MicroProjectFromSolution_ByModerator_StartedAndUpdatedWithHistory_ByParticipantForbidden()
    {
        var meeting = FormPost.NewMeeting(Path, "Mikroprojekt");
        var (challenge, other) = PostTwoCards(meeting.Id);
        using (var database = AkutprognosDatabase.Open(Path))
        {
            database.Board.AddEntry(challenge, EntryKind.Solution, "admin@localhost", "Prognos från kvällens webbesök");
        }
        using var admin = await demo.LoggedInAsync("admin");
        using var planner = await demo.LoggedInAsync("planner");
        var page = $"/board/{meeting.Id}";
        Assert.Contains("Make a micro-project", await admin.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("Make a micro-project", await planner.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
        var title = "Prognos " + Guid.NewGuid().ToString("N")[..6];
        (string, string)[] fields = [("cardId", Id(challenge)), ("title", title), ("owner", "Ines IT"), ("status", "Running"), ("nextStep", "Backtest"), ("linked", Id(other))];

        using var refused = await FormPost.PostAsync(planner, page, "Project", fields);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain(Projects(), p => p.Title == title);

        using var started = await FormPost.PostAsync(admin, page, "Project", fields);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var project = Assert.Single(Projects(), p => p.Title == title);
        Assert.Equal(("Ines IT", MicroProjectStatus.Running, "Backtest"), (project.Owner, project.Status, project.NextStep));
        Assert.Equal([challenge, other], project.CardIds.Order());
        Assert.Contains($"/board/projects#project-{project.Id}", await admin.GetStringAsync(new Uri(page + "?handler=Live", UriKind.Relative)), StringComparison.Ordinal);

        (string, string)[] update = [("projectId", Id(project.Id)), ("meetingId", Id(meeting.Id)), ("status", "Done"), ("nextStep", "Drift"), ("note", "Klart <script>x</script>i tid")];
        using var notAllowed = await FormPost.PostAsync(planner, "/board/projects", "Update", update);
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        using var updated = await FormPost.PostAsync(admin, "/board/projects", "Update", update);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var after = Assert.Single(Projects(), p => p.Title == title);
        Assert.Equal((MicroProjectStatus.Done, "Drift"), (after.Status, after.NextStep));
        Assert.Equal([MicroProjectStatus.Running, MicroProjectStatus.Done], after.History.Select(h => h.Status));
        Assert.Equal("Klart i tid", after.History[^1].Note);
    }

    [Fact]
    public async Task LinkForm_OffersEarlierMeetingsCardsWithTheMostSimilarFirst_AndLinksAcrossMeetings()
    {
        var earlier = FormPost.NewMeeting(Path, "Tidigare möte");
        long old;
        using (var database = AkutprognosDatabase.Open(Path))
        {
            old = database.Board.PostCard(earlier.Id, "admin@localhost", CardKind.Challenge, "Personalschemat på akutmottagningen",
                new CardDetails(background: "Schemaläggningen av sjuksköterskor på akuten följer inte patientflödet i kvastfeningsrummet.")).Id;
        }
        var meeting = FormPost.NewMeeting(Path, "Senare möte");
        using (var database = AkutprognosDatabase.Open(Path))
        {
            database.Board.Reschedule(meeting.Id, "admin@localhost", earlier.Start.AddMonths(1), 60, "Rum 2", null);
        }
        long card;
        using (var database = AkutprognosDatabase.Open(Path))
        {
            card = database.Board.PostCard(meeting.Id, "planner@localhost", CardKind.Challenge, "Schemaläggning av personal på akuten",
                new CardDetails(background: "Vi lägger personalschemat för akutmottagningen och kvastfeningsrummet utan att veta flödet.")).Id;
        }
        using var planner = await demo.LoggedInAsync("planner");
        var page = $"/board/{meeting.Id}";

        var html = await planner.GetStringAsync(new Uri(page, UriKind.Relative));
        var form = html[html.IndexOf($"name=\"cardId\" value=\"{card}\" />", html.IndexOf("link-form", StringComparison.Ordinal), StringComparison.Ordinal)..];
        var suggested = form[form.IndexOf("Most similar", StringComparison.Ordinal)..form.IndexOf("</optgroup>", StringComparison.Ordinal)];
        Assert.Contains($"<option value=\"{old}\">", suggested, StringComparison.Ordinal);

        using var linked = await FormPost.PostAsync(planner, page, "Link", ("cardId", Id(card)), ("toCardId", Id(old)), ("kind", "SimilarChallenge"));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var link = Assert.Single(FormPost.BoardOf(Path, meeting.Id).Links);
        Assert.Equal((card, old, LinkKind.SimilarChallenge), (link.FromCardId, link.ToCardId, link.Kind));
        Assert.Contains($"href=\"/board/{earlier.Id}#card-{old}\"", await planner.GetStringAsync(new Uri(page + "?handler=Live", UriKind.Relative)), StringComparison.Ordinal);
    }

    (long Challenge, long Other) PostTwoCards(long meetingId)
    {
        using var database = AkutprognosDatabase.Open(Path);
        return (database.Board.PostCard(meetingId, "planner@localhost", CardKind.Challenge, "Vi bemannar aldrig akuten rätt", new CardDetails(background: "Magkänsla")).Id,
            database.Board.PostCard(meetingId, "admin@localhost", CardKind.Idea, "Kalla in kvällen före", new CardDetails(text: "Ring in personal")).Id);
    }

    IReadOnlyList<MicroProject> Projects()
    {
        using var database = AkutprognosDatabase.Open(Path);
        return database.Board.MicroProjects();
    }

    static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
