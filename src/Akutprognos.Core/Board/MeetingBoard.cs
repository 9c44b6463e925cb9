namespace Akutprognos.Core.Board;

/// <summary>
/// Everything on one meeting's board, as the summaries and exports read it: its cards (in posting order),
/// their entries and links (links to cards of earlier meetings included, with those cards in
/// <see cref="LinkedCards"/>), and the micro-projects that name any of its cards.
/// </summary>
public sealed record MeetingBoard(
    Meeting Meeting,
    IReadOnlyList<Card> Cards,
    IReadOnlyList<CardEntry> Entries,
    IReadOnlyList<CardLink> Links,
    IReadOnlyList<Card> LinkedCards,
    IReadOnlyList<MicroProject> MicroProjects)
{
    /// <summary>The entries of one card of a kind, oldest first.</summary>
    public IEnumerable<CardEntry> EntriesOf(long cardId, EntryKind kind) => Entries.Where(e => e.CardId == cardId && e.Kind == kind).OrderBy(e => e.Id);

    /// <summary>A card of this board or a linked one, or null.</summary>
    public Card? FindCard(long id) => Cards.FirstOrDefault(c => c.Id == id) ?? LinkedCards.FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// The board as everyone may see it: cards written ahead and not yet revealed are left out, with their
    /// entries, their links and micro-projects that name nothing else. For summaries shown or sent to all.
    /// </summary>
    public MeetingBoard RevealedOnly()
    {
        var hidden = Cards.Where(c => !c.Revealed).Select(c => c.Id).ToHashSet();
        if (hidden.Count == 0)
        {
            return this;
        }
        return this with
        {
            Cards = Cards.Where(c => !hidden.Contains(c.Id)).ToList(),
            Entries = Entries.Where(e => !hidden.Contains(e.CardId)).ToList(),
            Links = Links.Where(l => !hidden.Contains(l.FromCardId) && !hidden.Contains(l.ToCardId)).ToList(),
            MicroProjects = MicroProjects.Where(p => p.CardIds.Any(id => !hidden.Contains(id))).ToList(),
        };
    }

    /// <summary>The participant's name for an e-mail address, else the address.</summary>
    public string NameOf(string email) => Meeting.Find(email)?.Name ?? email;
}
