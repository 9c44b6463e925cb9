using Akutprognos.Core.Board;
using Akutprognos.Core.Board.Summaries;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;

namespace Akutprognos.Web.Board;

/// <summary>
/// Sends a meeting's summary (Markdown as plain text) to all its participants through the e-mail channel of
/// the notices, on the SMTP server set on the Notices page; each sending is recorded as a run.
/// </summary>
public sealed class BoardMail(AkutprognosDatabase database, IEnumerable<INoticeChannel> channels, TimeProvider clock)
{
    /// <summary>Sends the summary of <paramref name="board"/>; returns what happened, in one line.</summary>
    public async Task<string> SendSummaryAsync(MeetingBoard board, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        var settings = NoticeSettings.From(database.Settings()) with
        {
            EmailTo = string.Join(",", board.Meeting.Participants.Select(p => p.Email)),
        };
        var email = channels.Single(c => c.Name == "e-mail");
        if (!email.IsConfigured(settings))
        {
            return "No SMTP server is set on the Notices page: nothing was sent.";
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var notice = new Notice("Sammanfattning: " + board.Meeting.Title, MeetingMarkdown.Summary(board), today, true, []);
        var run = database.StartRun("board summary", today);
        try
        {
            await email.SendAsync(settings, notice, cancellationToken);
            database.FinishRun(run, true, notice.Subject);
            return $"Sent to {board.Meeting.Participants.Count} participants.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database.FinishRun(run, false, e.Message);
            return "Sending failed: " + e.Message;
        }
    }
}
