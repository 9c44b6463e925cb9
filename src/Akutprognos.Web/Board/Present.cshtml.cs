using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>Presentation mode: the cards one at a time, with a timer per card, for the author to explain.</summary>
public sealed class PresentModel(AkutprognosDatabase database, BoardIdentity identity) : PageModel
{
    public BoardView View { get; private set; } = null!;

    public IActionResult OnGet(long id)
    {
        if (database.Board.Meeting(id) is null)
        {
            return NotFound();
        }
        View = BoardView.Load(database, id, identity.EmailOf(User));
        return Page();
    }
}
