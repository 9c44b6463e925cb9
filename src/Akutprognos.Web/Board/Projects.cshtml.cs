using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>The micro-projects across meetings, each with its status, next step and the cards it came from.</summary>
public sealed class ProjectsModel(AkutprognosDatabase database) : PageModel
{
    public IReadOnlyList<MicroProject> Projects { get; private set; } = [];

    public IReadOnlyDictionary<long, Card> Cards { get; private set; } = new Dictionary<long, Card>();

    public void OnGet()
    {
        Projects = database.Board.MicroProjects();
        Cards = database.Board.Cards().ToDictionary(c => c.Id);
    }
}
