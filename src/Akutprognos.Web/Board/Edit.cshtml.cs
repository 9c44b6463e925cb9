using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>
/// A meeting's participants, time and place. Everyone signed in reads them; the moderator adds people (each
/// gets the invitation with its .ics at once), removes them, reschedules (every participant gets the update:
/// same UID, higher SEQUENCE) and creates next month's meeting of a monthly series with the same participants.
/// </summary>
public sealed class EditModel(AkutprognosDatabase database, BoardIdentity identity, BoardEvents events, BoardMail mail) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public bool Moderates { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(long id, string? name, string? email, string? department, BoardRole role, CancellationToken cancellationToken) =>
        WriteAsync(id, async moderator =>
        {
            var added = new Participant(name ?? "", email ?? "", department ?? "", role);
            var meeting = database.Board.AddParticipant(id, moderator, added);
            return await mail.SendInvitationAsync(meeting, [meeting.Find(added.Email)!], false, BoardAddress(id), cancellationToken);
        });

    public Task<IActionResult> OnPostRemoveAsync(long id, string? email) =>
        WriteAsync(id, moderator =>
        {
            database.Board.RemoveParticipant(id, moderator, email ?? "");
            return Task.FromResult<string?>(null);
        });

    public Task<IActionResult> OnPostRescheduleAsync(long id, string? start, int durationMinutes, string? room, string? videoLink, CancellationToken cancellationToken) =>
        WriteAsync(id, async moderator =>
        {
            var moved = database.Board.Reschedule(id, moderator, BoardForms.LocalStart(start), durationMinutes, room, videoLink);
            return await mail.SendInvitationAsync(moved, moved.Participants, true, BoardAddress(id), cancellationToken);
        });

    /// <summary>Next month's meeting of the series, with the same participants; its page opens so the moderator can adjust it.</summary>
    public IActionResult OnPostNext(long id, string? title)
    {
        if (!Load(id))
        {
            return NotFound();
        }
        try
        {
            BoardAccess.RequireModerator(Meeting, identity.EmailOf(User) ?? "");
            if (!Meeting.RepeatsMonthly)
            {
                throw new ArgumentException($"'{Meeting.Title}' does not repeat monthly.", nameof(id));
            }
            var next = database.Board.CreateMeeting(Meeting.NextMonth(title ?? "", BoardForms.NewUid()));
            return Redirect($"/board/{next.Id}/edit");
        }
        catch (Exception e) when (BoardForms.Refusal(e) is { } refusal)
        {
            return Refused(refusal);
        }
    }

    Uri BoardAddress(long id) => new($"{Request.Scheme}://{Request.Host}/board/{id}");

    /// <summary>Runs a moderator's change; its answer (the mail's outcome, or null) is shown on the page, a refusal with its status.</summary>
    async Task<IActionResult> WriteAsync(long id, Func<string, Task<string?>> write)
    {
        var email = identity.EmailOf(User);
        if (database.Board.Meeting(id) is null || email is null)
        {
            return NotFound();
        }
        try
        {
            var message = await write(email);
            await events.ChangedAsync(id, "meeting", 0);
            Load(id);
            Message = message ?? "Saved.";
            return Page();
        }
        catch (Exception e) when (BoardForms.Refusal(e) is { } refusal)
        {
            Load(id);
            return Refused(refusal);
        }
    }

    IActionResult Refused((int Status, string Problem) refusal)
    {
        Problem = refusal.Problem;
        Response.StatusCode = refusal.Status;
        return Page();
    }

    bool Load(long id)
    {
        if (database.Board.Meeting(id) is not { } meeting)
        {
            return false;
        }
        Meeting = meeting;
        Moderates = identity.EmailOf(User) is { } email && meeting.Find(email)?.Role == BoardRole.Moderator;
        return true;
    }
}
