using Akutprognos.Core.Board;
using Akutprognos.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Akutprognos.Web.Board;

/// <summary>
/// A card's history from month to month: the card and every card joined to it by links across meetings (by
/// meeting start), each with its meeting, department, kind and the ideas and notes under it, and the
/// micro-projects naming any of them, and every change to the card itself with the version before it. A card not revealed yet is shown only to those who see it on its board
/// (its author and the moderator); for anyone else it does not exist.
/// </summary>
public sealed class CardHistoryModel(AkutprognosDatabase database, BoardIdentity identity) : PageModel
{
    /// <summary>One card of the history, with the board of its meeting as the viewer sees it.</summary>
    public sealed record Step(Card Card, MeetingBoard Board);

    public Card Card { get; private set; } = null!;

    public IReadOnlyList<Step> Steps { get; private set; } = [];

    public IReadOnlyList<MicroProject> Projects { get; private set; } = [];

    /// <summary>The card's edits, oldest first, each with its title and text before.</summary>
    public IReadOnlyList<CardChange> Changes { get; private set; } = [];

    /// <summary>"2026-02-10 13:05", an instant in the zone meetings are planned in.</summary>
    public string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(BoardForms.TimeZone)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The participant's name for an address on the card's own board.</summary>
    public string NameOf(string email) => Steps.First(s => s.Card.Id == Card.Id).Board.NameOf(email);

    public IActionResult OnGet(long cardId)
    {
        IReadOnlyList<Card> history;
        try
        {
            history = database.Board.History(cardId);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        // Each meeting's board as this viewer sees it decides which cards and entries they may read.
        var viewer = identity.EmailOf(User) ?? "";
        var boards = history.Select(c => c.MeetingId).Distinct().ToDictionary(id => id, id => database.Board.Board(id, viewer));
        Steps = history.Where(c => boards[c.MeetingId].Cards.Any(seen => seen.Id == c.Id)).Select(c => new Step(c, boards[c.MeetingId])).ToList();
        if (Steps.FirstOrDefault(s => s.Card.Id == cardId) is not { } self)
        {
            return NotFound();
        }
        Card = self.Card;
        Changes = database.Board.Changes(cardId);
        var ids = Steps.Select(s => s.Card.Id).ToHashSet();
        Projects = database.Board.MicroProjects().Where(p => p.CardIds.Any(ids.Contains)).ToList();
        return Page();
    }
}
