using System.Globalization;
using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>
/// One meeting's live board. Posting a card (or saving it hidden, written ahead), revealing it, an idea or
/// comment, a note or solution, a link, turning a solution into a micro-project, a vote or a reaction, the
/// moderator's vote budget and revealing of the votes, and editing, withdrawing or hiding a card is a form post
/// (antiforgery), checked by the board store against the meeting's roles; every browser on the board is then
/// told through <see cref="BoardHub"/> and fetches <c>?handler=Live</c> again.
/// </summary>
public sealed class MeetingModel(AkutprognosDatabase database, BoardIdentity identity, BoardEvents events) : PageModel
{
    public BoardView View { get; private set; } = null!;

    public string? Problem { get; private set; }

    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    public IActionResult OnGetLive(long id) => Load(id) ? Partial("_Cards", View) : NotFound();

    public Task<IActionResult> OnPostCardAsync(long id, CardForm form) =>
        WriteAsync(id, email =>
        {
            ArgumentNullException.ThrowIfNull(form);
            var department = string.IsNullOrWhiteSpace(form.Department) ? null : form.Department;
            return ("card", database.Board.PostCard(id, email, form.Kind, form.Title ?? "", form.Details(), !form.WriteAhead, department).Id);
        });

    public Task<IActionResult> OnPostRevealAsync(long id, long cardId) =>
        WriteAsync(id, email => ("reveal", database.Board.Reveal(RequireOnBoard(id, cardId), email).Id));

    public Task<IActionResult> OnPostEntryAsync(long id, long cardId, EntryKind kind, string? text) =>
        WriteAsync(id, email => (kind.ToString().ToLowerInvariant(), database.Board.AddEntry(RequireOnBoard(id, cardId), kind, email, text ?? "").CardId));

    public Task<IActionResult> OnPostLinkAsync(long id, long cardId, long toCardId, LinkKind kind) =>
        WriteAsync(id, email => ("link", database.Board.Link(RequireOnBoard(id, cardId), toCardId, kind, email).FromCardId));

    /// <summary>The moderator turns a technical solution on <paramref name="cardId"/> into a micro-project that names that card and <paramref name="linked"/>.</summary>
    public Task<IActionResult> OnPostProjectAsync(long id, long cardId, string? title, string? owner, MicroProjectStatus status, string? nextStep, long[] linked) =>
        WriteAsync(id, email =>
        {
            database.Board.StartMicroProject(id, email, title ?? "", owner ?? "", nextStep ?? "", [RequireOnBoard(id, cardId), .. linked ?? []], status);
            return ("project", cardId);
        });

    /// <summary>One of the participant's votes on <paramref name="cardId"/>; announced without the card.</summary>
    public Task<IActionResult> OnPostVoteAsync(long id, long cardId) =>
        WriteAsync(id, email =>
        {
            database.Board.Vote(RequireOnBoard(id, cardId), email);
            return (BoardEvents.Vote, cardId);
        });

    /// <summary>Takes back one of the participant's votes on <paramref name="cardId"/>.</summary>
    public Task<IActionResult> OnPostUnvoteAsync(long id, long cardId) =>
        WriteAsync(id, email =>
        {
            database.Board.Unvote(RequireOnBoard(id, cardId), email);
            return (BoardEvents.Vote, cardId);
        });

    /// <summary>The moderator opens voting with <paramref name="budget"/> votes per participant, or changes the budget.</summary>
    public Task<IActionResult> OnPostVoteBudgetAsync(long id, int? budget) =>
        WriteAsync(id, email =>
        {
            database.Board.SetVoteBudget(id, email, budget ?? throw new ArgumentException("The number of votes per person is missing.", nameof(budget)));
            return ("voting", 0);
        });

    /// <summary>The moderator reveals every card's votes; the board is then in order of votes.</summary>
    public Task<IActionResult> OnPostRevealVotesAsync(long id) =>
        WriteAsync(id, email =>
        {
            database.Board.RevealVotes(id, email);
            return ("voting", 0);
        });

    /// <summary>Gives a reaction to <paramref name="cardId"/>, or takes it back.</summary>
    public Task<IActionResult> OnPostReactAsync(long id, long cardId, Reaction? reaction) =>
        WriteAsync(id, email =>
        {
            database.Board.React(RequireOnBoard(id, cardId), email, reaction ?? throw new ArgumentException("The reaction is missing or unknown.", nameof(reaction)));
            return ("reaction", cardId);
        });

    /// <summary>The author or the moderator changes the card's title and the text fields of its kind.</summary>
    public Task<IActionResult> OnPostEditCardAsync(long id, long cardId, CardForm form) =>
        WriteAsync(id, email =>
        {
            ArgumentNullException.ThrowIfNull(form);
            var card = database.Board.Board(id, email).Cards.FirstOrDefault(c => c.Id == cardId)
                ?? throw new KeyNotFoundException($"The card {cardId} is not on this board.");
            form.Kind = card.Kind;
            return ("edit", database.Board.EditCard(cardId, email, form.Title ?? "", form.Details()).Id);
        });

    /// <summary>The author takes their card off the board.</summary>
    public Task<IActionResult> OnPostWithdrawAsync(long id, long cardId) =>
        WriteAsync(id, email => ("withdraw", database.Board.RemoveCard(RequireOnBoard(id, cardId), email, CardChangeKind.Withdrawn).Id));

    /// <summary>The moderator takes a card off the board.</summary>
    public Task<IActionResult> OnPostHideAsync(long id, long cardId) =>
        WriteAsync(id, email => ("hide", database.Board.RemoveCard(RequireOnBoard(id, cardId), email, CardChangeKind.Hidden).Id));

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
            return RedirectToPage(null, null, new { id }, cardId == 0 ? "voting" : "card-" + cardId.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (BoardForms.Refusal(e) is { } refusal)
        {
            Load(id);
            Problem = refusal.Problem;
            Response.StatusCode = refusal.Status;
            return Page();
        }
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
