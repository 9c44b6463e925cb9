using Akutprognos.Core.Board;

namespace Akutprognos.Storage.Board;

public sealed partial class BoardStore
{
    /// <summary>
    /// Changes a card's title and text (its author or the moderator); its kind, department and author stay. The card
    /// as it was is appended to its history first, so every version is kept.
    /// </summary>
    public Card EditCard(long cardId, string actor, string title, CardDetails details) => Write("Editing the card", s =>
    {
        ArgumentNullException.ThrowIfNull(details);
        var (card, writer) = Changing(s, cardId, actor, authorMay: true, moderatorMay: true);
        var edited = new Card(card.Id, card.MeetingId, card.Kind, card.Department, card.Author, title, details, card.Revealed, card.Created);
        CardRows.InsertChange(s, card, CardChangeKind.Edited, writer.Email);
        CardRows.Update(s, edited);
        return edited;
    });

    /// <summary>
    /// Takes a card off the board: <see cref="CardChangeKind.Withdrawn"/> by its author, <see cref="CardChangeKind.Hidden"/>
    /// by the moderator. The card, its entries and its history stay in the database; the votes on it are given back.
    /// </summary>
    public Card RemoveCard(long cardId, string actor, CardChangeKind how) => Write(how == CardChangeKind.Hidden ? "Hiding the card" : "Withdrawing the card", s =>
    {
        if (how is not (CardChangeKind.Withdrawn or CardChangeKind.Hidden))
        {
            throw new ArgumentOutOfRangeException(nameof(how), how, "A card is withdrawn by its author or hidden by the moderator.");
        }
        var (card, writer) = Changing(s, cardId, actor, authorMay: how == CardChangeKind.Withdrawn, moderatorMay: how == CardChangeKind.Hidden);
        CardRows.InsertChange(s, card, how, writer.Email);
        CardRows.Remove(s, cardId, how);
        VoteRows.DeleteOnCard(s, cardId);
        return card;
    });

    /// <summary>Every change to a card after it was posted, oldest first, each with the card as it was before.</summary>
    public IReadOnlyList<CardChange> Changes(long cardId) => Read(s => CardRows.Changes(s, cardId));

    // The card on the board and who changes it: its author (while taking part) or a moderator of its meeting, as allowed.
    static (Card Card, Participant Writer) Changing(BoardSession s, long cardId, string actor, bool authorMay, bool moderatorMay)
    {
        var card = CardRows.Require(s, cardId);
        var meeting = MeetingRows.Require(s, card.MeetingId);
        var writer = BoardAccess.RequireParticipant(meeting, actor);
        var isAuthor = string.Equals(card.Author, writer.Email, StringComparison.Ordinal);
        if ((authorMay && isAuthor) || (moderatorMay && writer.Role == BoardRole.Moderator))
        {
            return (card, writer);
        }
        throw new BoardAccessException(authorMay && moderatorMay
            ? $"Only the author of '{card.Title}' or the moderator may change it; {writer.Email} may not."
            : authorMay ? $"Only the author of '{card.Title}' may withdraw it; the moderator hides it instead." : $"Only the moderator may hide '{card.Title}'.");
    }
}
