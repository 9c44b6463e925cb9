using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>
/// The micro-projects across meetings, each with its status, next step, the cards it came from and its
/// history. A moderator records a new status and next step at one of the meetings they moderate; the history keeps every step.
/// </summary>
public sealed class ProjectsModel(AkutprognosDatabase database, BoardIdentity identity, BoardEvents events) : PageModel
{
    public IReadOnlyList<MicroProject> Projects { get; private set; } = [];

    public IReadOnlyDictionary<long, Card> Cards { get; private set; } = new Dictionary<long, Card>();

    /// <summary>The meetings the signed-in user moderates, newest first: where an update may be recorded.</summary>
    public IReadOnlyList<Meeting> Moderated { get; private set; } = [];

    public string? Problem { get; private set; }

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostUpdateAsync(long projectId, long meetingId, MicroProjectStatus status, string? nextStep, string? note)
    {
        try
        {
            var project = database.Board.UpdateMicroProject(projectId, meetingId, identity.EmailOf(User) ?? "", status, nextStep ?? "", note ?? "");
            var cards = database.Board.Cards().ToDictionary(c => c.Id);
            foreach (var meeting in project.CardIds.Where(cards.ContainsKey).Select(id => cards[id].MeetingId).Append(meetingId).Distinct())
            {
                await events.ChangedAsync(meeting, "project", 0);
            }
            return Redirect($"/board/projects#project-{projectId}");
        }
        catch (Exception e) when (BoardForms.Refusal(e) is { } refusal)
        {
            Load();
            Problem = refusal.Problem;
            Response.StatusCode = refusal.Status;
            return Page();
        }
    }

    void Load()
    {
        Projects = database.Board.MicroProjects();
        Cards = database.Board.Cards().ToDictionary(c => c.Id);
        var email = identity.EmailOf(User);
        Moderated = email is null
            ? []
            : database.Board.Meetings().Where(m => m.Find(email)?.Role == BoardRole.Moderator).OrderByDescending(m => m.Start).ToList();
    }
}
