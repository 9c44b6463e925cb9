using System.Net;
using Akutprognos.Core.Board;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Board;

public sealed class MeetingFormTests(DemoApp demo) : IClassFixture<DemoApp>
{
    string Path => demo.Demo.Path;

    [Theory]
    [InlineData("planner")]
    [InlineData("admin")]
    public async Task CreateMeeting_ByPlannerOrAdmin_StoredWithTheCreatorAsModeratorInStockholmTime(string user)
    {
        using var client = await demo.LoggedInAsync(user);
        var title = "Tvärgruppen " + Guid.NewGuid().ToString("N")[..8];

        using var response = await CreateAsync(client, "<script>alert(1)</script>" + title, "2026-03-10T13:00");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(Meetings(), m => m.Title.Contains(title, StringComparison.Ordinal));
        Assert.Equal(title, stored.Title);
        Assert.Equal($"/board/{stored.Id}/edit", response.Headers.Location?.OriginalString);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.FromHours(1)), stored.Start);
        Assert.Equal((90, "Rum 3", true), (stored.DurationMinutes, stored.Room, stored.RepeatsMonthly));
        var creator = Assert.Single(stored.Participants);
        Assert.Equal((user + "@localhost", BoardRole.Moderator, "IT"), (creator.Email, creator.Role, creator.Department));
    }

    [Fact]
    public async Task CreateMeeting_ByViewer_ForbiddenAndNothingStored()
    {
        using var client = await demo.LoggedInAsync("viewer");
        var before = Meetings().Count;

        using var response = await CreateAsync(client, "Viewer's meeting", "2026-03-10T13:00");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, Meetings().Count);
        Assert.DoesNotContain("New meeting", await client.GetStringAsync(new Uri("/board", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMeeting_WithoutPlaceOrWithJavascriptLink_BadRequestAndNothingStored()
    {
        using var client = await demo.LoggedInAsync("planner");
        var before = Meetings().Count;

        using var noPlace = await FormPost.PostAsync(client, "/board", "Create", ("title", "Utan plats"), ("start", "2026-03-10T13:00"), ("durationMinutes", "90"), ("department", "HR"));
        using var script = await FormPost.PostAsync(client, "/board", "Create", ("title", "Skript"), ("start", "2026-03-10T13:00"), ("durationMinutes", "90"),
            ("videoLink", "javascript:alert(1)"), ("department", "HR"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noPlace.StatusCode, script.StatusCode));
        Assert.Equal(before, Meetings().Count);
    }

    [Fact]
    public async Task AddAndRemoveParticipant_ByModerator_StoredAndRemoved()
    {
        var meeting = FormPost.NewMeeting(Path, "Deltagare");
        using var admin = await demo.LoggedInAsync("admin");
        var page = $"/board/{meeting.Id}/edit";

        using var added = await FormPost.PostAsync(admin, page, "Add", ("name", "Röntgen <b>Rut</b>"), ("email", "rut@region.example"), ("department", "Röntgen"), ("role", "Participant"));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var rut = FormPost.MeetingOf(Path, meeting.Id).Find("rut@region.example");
        Assert.Equal(("Röntgen Rut", "Röntgen", BoardRole.Participant), (rut?.Name, rut?.Department, rut?.Role));
        // No SMTP server is set in the demo database: the page says that nothing was sent.
        Assert.Contains("No SMTP server is set", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var removed = await FormPost.PostAsync(admin, page, "Remove", ("email", "rut@region.example"));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Null(FormPost.MeetingOf(Path, meeting.Id).Find("rut@region.example"));
    }

    [Fact]
    public async Task ParticipantForms_ByParticipantWhoIsNoModerator_ForbiddenAndNothingChanged()
    {
        var meeting = FormPost.NewMeeting(Path, "Bara moderatorn", repeatsMonthly: true);
        using var planner = await demo.LoggedInAsync("planner");
        var page = $"/board/{meeting.Id}/edit";
        var meetings = Meetings().Count;

        using var add = await FormPost.PostAsync(planner, page, "Add", ("name", "Rut"), ("email", "rut@region.example"), ("department", "Röntgen"), ("role", "Participant"));
        using var remove = await FormPost.PostAsync(planner, page, "Remove", ("email", "admin@localhost"));
        using var move = await FormPost.PostAsync(planner, page, "Reschedule", ("start", "2026-02-17T13:00"), ("durationMinutes", "60"), ("room", "Rum 9"));
        using var next = await FormPost.PostAsync(planner, page, "Next", ("title", "Nästa"));

        Assert.All([add, remove, move, next], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var stored = FormPost.MeetingOf(Path, meeting.Id);
        Assert.Equal((2, meeting.Start, 0, "Rum 2"), (stored.Participants.Count, stored.Start, stored.Sequence, stored.Room));
        Assert.Equal(meetings, Meetings().Count);
        Assert.DoesNotContain("Invite a participant", await planner.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RescheduleAndNextMonth_ByModerator_SequenceUpAndNextMeetingWithTheSameParticipants()
    {
        var meeting = FormPost.NewMeeting(Path, "Serien", repeatsMonthly: true);
        using var admin = await demo.LoggedInAsync("admin");
        var page = $"/board/{meeting.Id}/edit";

        using var moved = await FormPost.PostAsync(admin, page, "Reschedule", ("start", "2026-02-10T14:30"), ("durationMinutes", "45"), ("room", "Rum 9"));
        using var next = await FormPost.PostAsync(admin, page, "Next", ("title", "Serien mars"));

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var stored = FormPost.MeetingOf(Path, meeting.Id);
        Assert.Equal((new DateTimeOffset(2026, 2, 10, 14, 30, 0, TimeSpan.FromHours(1)), 45, "Rum 9", 1, meeting.Uid),
            (stored.Start, stored.DurationMinutes, stored.Room, stored.Sequence, stored.Uid));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var march = Assert.Single(Meetings(), m => m.Title == "Serien mars");
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 14, 30, 0, TimeSpan.FromHours(1)), march.Start);
        Assert.Equal(stored.Participants.Select(p => p.Email).Order(), march.Participants.Select(p => p.Email).Order());
        Assert.NotEqual(meeting.Uid, march.Uid);
    }

    Task<HttpResponseMessage> CreateAsync(HttpClient client, string title, string start) => FormPost.PostAsync(client, "/board", "Create",
        ("title", title), ("start", start), ("durationMinutes", "90"), ("room", "Rum 3"), ("repeatsMonthly", "true"), ("department", "IT"));

    IReadOnlyList<Meeting> Meetings()
    {
        using var database = AkutprognosDatabase.Open(Path);
        return database.Board.Meetings();
    }
}
