using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>Every meeting of the board, newest first, marking those the signed-in user takes part in.</summary>
public sealed class MeetingsModel(AkutprognosDatabase database, BoardIdentity identity) : PageModel
{
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public string? Email { get; private set; }

    public void OnGet()
    {
        Email = identity.EmailOf(User);
        Meetings = database.Board.Meetings().OrderByDescending(m => m.Start).ToList();
    }
}
