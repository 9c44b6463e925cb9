using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>
/// Every meeting of the board, newest first, marking those the signed-in user takes part in. Admins and
/// planners (the accounts that change plans) create meetings here and become the new meeting's moderator;
/// the moderator then invites the others on the meeting's participants page.
/// </summary>
public sealed class MeetingsModel(AkutprognosDatabase database, BoardIdentity identity) : PageModel
{
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public string? Email { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Whether the account may create meetings: admin or planner.</summary>
    public bool MayCreate => User.IsInRole(AccountRoles.Admin) || User.IsInRole(AccountRoles.Planner);

    public void OnGet() => Load();

    public IActionResult OnPostCreate(string? title, string? start, int durationMinutes, string? room, string? videoLink, bool repeatsMonthly, string? department)
    {
        Load();
        if (!MayCreate || Email is null)
        {
            return Refused(StatusCodes.Status403Forbidden, "Only admins and planners create meetings.");
        }
        try
        {
            var creator = new Participant(User.Identity?.Name ?? Email, Email, department ?? "", BoardRole.Moderator);
            var meeting = new Meeting(0, title ?? "", BoardForms.LocalStart(start), BoardForms.TimeZone, durationMinutes, room, videoLink,
                repeatsMonthly, 0, BoardForms.NewUid(), [creator]);
            var stored = database.Board.CreateMeeting(meeting);
            return Redirect($"/board/{stored.Id}/edit");
        }
        catch (Exception e) when (BoardForms.Refusal(e) is { } refusal)
        {
            return Refused(refusal.Status, refusal.Problem);
        }
    }

    IActionResult Refused(int status, string problem)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    void Load()
    {
        Email = identity.EmailOf(User);
        Meetings = database.Board.Meetings().OrderByDescending(m => m.Start).ToList();
    }
}
