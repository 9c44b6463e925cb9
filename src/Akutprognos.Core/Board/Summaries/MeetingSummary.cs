namespace Akutprognos.Core.Board.Summaries;

/// <summary>
/// The meeting summary as a list of sections the Markdown and HTML writers render alike: every card
/// with its fields, ideas, comments, the moderator's notes and links; then the IT follow-up (technical
/// solutions per card); then the micro-projects, each naming the cards it links back to.
/// </summary>
internal static class MeetingSummary
{
    public sealed record CardSection(Card Card, string AuthorName, IReadOnlyList<(string Label, string Text)> Fields,
        IReadOnlyList<(string Author, string Text)> Ideas, IReadOnlyList<(string Author, string Text)> Comments,
        IReadOnlyList<string> Notes, IReadOnlyList<(string Label, Card Other)> Links);

    public sealed record SolutionSection(Card Card, IReadOnlyList<string> Solutions);

    public static IReadOnlyList<CardSection> Cards(MeetingBoard board) => board.Cards.Select(card => new CardSection(
        card,
        board.NameOf(card.Author),
        card.Details.Fields().ToList(),
        board.EntriesOf(card.Id, EntryKind.Idea).Select(e => (board.NameOf(e.Author), e.Text)).ToList(),
        board.EntriesOf(card.Id, EntryKind.Comment).Select(e => (board.NameOf(e.Author), e.Text)).ToList(),
        board.EntriesOf(card.Id, EntryKind.Note).Select(e => e.Text).ToList(),
        board.Links.Where(l => l.FromCardId == card.Id || l.ToCardId == card.Id)
            .Select(l => (Labels.Of(l.Kind), board.FindCard(l.FromCardId == card.Id ? l.ToCardId : l.FromCardId)))
            .Where(l => l.Item2 is not null)
            .Select(l => (l.Item1, l.Item2!))
            .ToList())).ToList();

    public static IReadOnlyList<SolutionSection> Solutions(MeetingBoard board) => board.Cards
        .Select(card => new SolutionSection(card, board.EntriesOf(card.Id, EntryKind.Solution).Select(e => e.Text).ToList()))
        .Where(s => s.Solutions.Count > 0)
        .ToList();

    /// <summary>The cards a micro-project names that the board knows (its own or linked ones).</summary>
    public static IReadOnlyList<Card> CardsOf(MeetingBoard board, MicroProject project) =>
        project.CardIds.Select(board.FindCard).OfType<Card>().ToList();
}
