using System.Net;
using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.TestSupport;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Notices;
using Akutprognos.Web.Tests.Notices;
using MimeKit;

namespace Akutprognos.Web.Tests.Board;

/// <summary>The board's e-mail delivered for real, to an SMTP server on loopback, through the settings of the Notices page.</summary>
public sealed class BoardMailTests
{
    [Fact]
    public async Task AddRescheduleAndSummary_WithSmtpSet_InvitationUpdateAndHtmlSummaryArrive()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("board-mail.db");
        await using var smtp = new LoopbackSmtp();
        string adminPassword;
        Meeting meeting;
        using (var database = AkutprognosDatabase.Open(path))
        {
            database.SaveSettings(new NoticeSettings("", "127.0.0.1", smtp.Port, "tvargrupp@example.org", "none", "").ToStored(), "test");
            adminPassword = LocalUsers.CreateOrReset(database, "admin", AccountRoles.Admin, TimeProvider.System);
            meeting = database.Board.CreateMeeting(new Meeting(0, "Tvärgruppen mars", new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.FromHours(1)),
                "Europe/Stockholm", 90, "Rum Ljuset", null, true, 0, "tvargrupp-mail@test",
                [new Participant("Admin", "admin@localhost", "IT", BoardRole.Moderator), new Participant("Hanna", "hanna@region.example", "HR", BoardRole.Participant)]));
            database.Board.PostCard(meeting.Id, "hanna@region.example", CardKind.Challenge, "Vi bemannar aldrig akuten rätt", new CardDetails(background: "Magkänsla"));
            database.Board.PostCard(meeting.Id, "hanna@region.example", CardKind.Idea, "Hemlig idé", new CardDetails(text: "Visas på mötet"), revealed: false);
        }
        using var app = new TestApp(path);
        using var admin = app.Client();
        await Login.AsAsync(admin, "admin", adminPassword);
        var page = $"/board/{meeting.Id}/edit";

        using var added = await FormPost.PostAsync(admin, page, "Add", ("name", "Rut"), ("email", "rut@region.example"), ("department", "Röntgen"), ("role", "Participant"));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("The invitation was sent.", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var invitation = Message(Assert.Single(smtp.Mails));
        Assert.Equal(["rut@region.example"], invitation.To.Mailboxes.Select(m => m.Address));
        var first = Event(invitation);
        Assert.Equal(("tvargrupp-mail@test", 0, "Tvärgruppen mars"), (first.Uid, first.Sequence, first.Summary));
        Assert.Equal(new DateTime(2026, 3, 10, 13, 0, 0), first.DtStart!.Value);
        Assert.Contains(first.Attendees, a => a.Value?.ToString() == "mailto:rut@region.example");

        using var moved = await FormPost.PostAsync(admin, page, "Reschedule", ("start", "2026-03-17T14:00"), ("durationMinutes", "60"), ("room", "Rum Mörkret"));

        Assert.Contains("The new time was sent to all participants.", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, smtp.Mails.Count);
        var update = Message(smtp.Mails.Last());
        Assert.Equal(["admin@localhost", "hanna@region.example", "rut@region.example"], update.To.Mailboxes.Select(m => m.Address).Order());
        var second = Event(update);
        Assert.Equal(("tvargrupp-mail@test", 1, "Rum Mörkret"), (second.Uid, second.Sequence, second.Location));
        Assert.Equal(new DateTime(2026, 3, 17, 14, 0, 0), second.DtStart!.Value);

        using var sent = await FormPost.PostAsync(admin, $"/board/{meeting.Id}/summary", "Send");

        Assert.Contains("The summary was sent to all participants.", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var summary = Message(smtp.Mails.Last());
        var alternative = Assert.IsType<MultipartAlternative>(summary.Body);
        var parts = alternative.OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.Contains("Vi bemannar aldrig akuten rätt", summary.TextBody, StringComparison.Ordinal);
        Assert.Contains("<h3>Vi bemannar aldrig akuten rätt</h3>", summary.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemlig idé", summary.TextBody + summary.HtmlBody, StringComparison.Ordinal);

        using var stored = AkutprognosDatabase.Open(path);
        Assert.Equal(["board invitation", "board summary", "board update"], stored.Runs().Where(r => r.Kind.StartsWith("board", StringComparison.Ordinal) && r.Outcome == "ok").Select(r => r.Kind).Order());
    }

    static MimeMessage Message(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }

    static Ical.Net.CalendarComponents.CalendarEvent Event(MimeMessage message)
    {
        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(("text/calendar", "REQUEST", "invitation.ics"), (attachment.ContentType.MimeType, attachment.ContentType.Parameters["method"], attachment.FileName));
        using var text = new MemoryStream();
        attachment.Content!.DecodeTo(text);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(text.ToArray()))!;
        Assert.Equal("REQUEST", calendar.Method);
        return Assert.Single(calendar.Events);
    }
}
