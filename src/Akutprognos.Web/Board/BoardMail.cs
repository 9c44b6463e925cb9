using System.Globalization;
using Akutprognos.Core.Board;
using Akutprognos.Core.Board.Summaries;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;
using MimeKit;

namespace Akutprognos.Web.Board;

/// <summary>
/// The board's e-mail, through the SMTP server set on the Notices page: the meeting summary (HTML with a
/// Markdown plain-text alternative) and calendar invitations (an iCalendar REQUEST attached, the same UID
/// with a higher SEQUENCE when the meeting moves). Each sending is recorded as a run, failed or not; the
/// answer is one line for the page, a fixed text when it went well so that it can be translated.
/// </summary>
public sealed class BoardMail(AkutprognosDatabase database, SmtpDelivery smtp, TimeProvider clock)
{
    public const string NotConfigured = "No SMTP server is set on the Notices page: nothing was sent.";
    public const string SummarySent = "The summary was sent to all participants.";
    public const string InvitationSent = "The invitation was sent.";
    public const string UpdateSent = "The new time was sent to all participants.";

    /// <summary>Sends the summary of <paramref name="board"/> (as everyone may see it: revealed cards only) to all its participants.</summary>
    public Task<string> SendSummaryAsync(MeetingBoard board, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        var shown = board.RevealedOnly();
        var body = new BodyBuilder { HtmlBody = MeetingHtml.Summary(shown), TextBody = MeetingMarkdown.Summary(shown) };
        return DeliverAsync("board summary", board.Meeting.Participants, "Sammanfattning: " + board.Meeting.Title, body, SummarySent, cancellationToken);
    }

    /// <summary>
    /// Sends <paramref name="meeting"/>'s invitation to <paramref name="recipients"/>: to one person when they
    /// are added, or, when <paramref name="update"/>, to all after the time or place changed.
    /// </summary>
    public Task<string> SendInvitationAsync(Meeting meeting, IReadOnlyList<Participant> recipients, bool update, Uri? boardAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var text = string.Join("\n", new[]
        {
            update ? $"Ny tid eller plats för {meeting.Title}." : $"Välkommen till {meeting.Title}.",
            $"Tid: {BoardView.StartOf(meeting)} ({meeting.DurationMinutes} min, {meeting.TimeZone})",
            meeting.Room.Length > 0 ? "Plats: " + meeting.Room : "",
            meeting.VideoLink is { } link ? "Videolänk: " + link : "",
            boardAddress is null ? "" : "Tavlan (skriv gärna ditt kort i förväg): " + boardAddress,
            "Kalenderinbjudan bifogad.",
        }.Where(line => line.Length > 0));
        var body = new BodyBuilder { TextBody = text };
        var ics = MeetingInvitation.Ics(meeting, clock.GetUtcNow(), boardAddress);
        body.Attachments.Add("invitation.ics", System.Text.Encoding.UTF8.GetBytes(ics), ContentType.Parse("text/calendar; method=REQUEST; charset=utf-8"));
        var subject = (update ? "Ändrad tid: " : "Inbjudan: ") + meeting.Title;
        return DeliverAsync(update ? "board update" : "board invitation", recipients, subject, body, update ? UpdateSent : InvitationSent, cancellationToken);
    }

    async Task<string> DeliverAsync(string kind, IReadOnlyList<Participant> recipients, string subject, BodyBuilder body, string sent, CancellationToken cancellationToken)
    {
        var settings = NoticeSettings.From(database.Settings());
        if (settings.SmtpHost.Length == 0 || recipients.Count == 0)
        {
            return NotConfigured;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var run = database.StartRun(kind, today);
        try
        {
            using var message = SmtpDelivery.Message(settings, recipients.Select(p => p.Email), subject);
            message.Body = body.ToMessageBody();
            await smtp.SendAsync(settings, message, cancellationToken);
            database.FinishRun(run, true, string.Create(CultureInfo.InvariantCulture, $"{subject} ({recipients.Count} recipients)"));
            return sent;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database.FinishRun(run, false, e.Message);
            return "Sending failed: " + e.Message;
        }
    }
}
