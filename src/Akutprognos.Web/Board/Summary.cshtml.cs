using Akutprognos.Core.Board;
using Akutprognos.Core.Board.Summaries;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>
/// The meeting summary (every card with its ideas, notes and solutions, the links and micro-projects), as
/// HTML here and as the printable page (Markdown among the downloads); the moderator sends it to all participants by e-mail. Cards written
/// ahead and not yet revealed are not in it.
/// </summary>
public sealed class SummaryModel(AkutprognosDatabase database, BoardIdentity identity, BoardMail mail) : PageModel
{
    public MeetingBoard Board { get; private set; } = null!;

    /// <summary>The summary as HTML (every piece of user text encoded).</summary>
    public string Html { get; private set; } = "";

    public bool Moderates { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSendAsync(long id, CancellationToken cancellationToken)
    {
        if (!Load(id))
        {
            return NotFound();
        }
        if (!Moderates)
        {
            Problem = "Only the meeting's moderator sends the summary.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        Message = await mail.SendSummaryAsync(Board, cancellationToken);
        return Page();
    }

    bool Load(long id)
    {
        if (database.Board.Meeting(id) is null)
        {
            return false;
        }
        Board = database.Board.Board(id).RevealedOnly();
        Html = MeetingHtml.Body(Board);
        Moderates = identity.EmailOf(User) is { } email && Board.Meeting.Find(email)?.Role == BoardRole.Moderator;
        return true;
    }
}
