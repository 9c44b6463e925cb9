using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>
/// One meeting's live board. Posting a card, an idea or comment, a note or a link is a form post (antiforgery),
/// checked by the board store against the meeting's participants; every browser on the board is then told
/// through <see cref="BoardHub"/> and fetches <c>?handler=Live</c> again.
/// </summary>
public sealed class MeetingModel(AkutprognosDatabase database, BoardIdentity identity, BoardEvents events) : PageModel
{
    public BoardView View { get; private set; } = null!;

    public string? Problem { get; private set; }

    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    public IActionResult OnGetLive(long id) => Load(id) ? Partial("_Cards", View) : NotFound();

    public Task<IActionResult> OnPostCardAsync(long id, CardKind kind, string? title, string? details) =>
        WriteAsync(id, email =>
        {
            var body = kind switch
            {
                CardKind.Challenge => new CardDetails(background: details),
                CardKind.Idea => new CardDetails(text: details),
                _ => new CardDetails(goal: details),
            };
            return ("card", database.Board.PostCard(id, email, kind, title ?? "", body).Id);
        });

    public Task<IActionResult> OnPostEntryAsync(long id, long cardId, EntryKind kind, string? text) =>
        WriteAsync(id, email => (kind.ToString().ToLowerInvariant(), database.Board.AddEntry(RequireOnBoard(id, cardId), kind, email, text ?? "").CardId));

    public Task<IActionResult> OnPostLinkAsync(long id, long cardId, long toCardId, LinkKind kind) =>
        WriteAsync(id, email => ("link", database.Board.Link(RequireOnBoard(id, cardId), toCardId, kind, email).FromCardId));

    long RequireOnBoard(long meetingId, long cardId) =>
        database.Board.Board(meetingId).Cards.Any(c => c.Id == cardId) ? cardId : throw new KeyNotFoundException($"The card {cardId} is not on this board.");

    async Task<IActionResult> WriteAsync(long id, Func<string, (string What, long CardId)> write)
    {
        var email = identity.EmailOf(User);
        if (database.Board.Meeting(id) is null || email is null)
        {
            return NotFound();
        }
        try
        {
            var (what, cardId) = write(email);
            await events.ChangedAsync(id, what, cardId);
            return RedirectToPage(null, null, new { id }, "card-" + cardId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (BoardAccessException e)
        {
            return Refused(id, StatusCodes.Status403Forbidden, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            return Refused(id, StatusCodes.Status400BadRequest, e.Message);
        }
    }

    IActionResult Refused(long id, int status, string problem)
    {
        Load(id);
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    bool Load(long id)
    {
        if (database.Board.Meeting(id) is null)
        {
            return false;
        }
        View = BoardView.Load(database, id, identity.EmailOf(User));
        return true;
    }
}
