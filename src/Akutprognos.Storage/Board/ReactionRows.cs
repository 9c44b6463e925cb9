using Akutprognos.Core.Board;

namespace Akutprognos.Storage.Board;

/// <summary>Reactions to cards in board_reactions: one row per card, person and reaction.</summary>
internal static class ReactionRows
{
    /// <summary>Gives the reaction, or takes it back when it was given; true when it is given afterwards.</summary>
    public static bool Toggle(BoardSession s, long cardId, string author, Reaction reaction)
    {
        var code = BoardCodes.Of(reaction);
        if (s.Execute("DELETE FROM board_reactions WHERE card_id = @p0 AND author = @p1 AND reaction = @p2", cardId, author, code) > 0)
        {
            return false;
        }
        s.Execute("INSERT INTO board_reactions (card_id, author, reaction, created_utc) VALUES (@p0, @p1, @p2, @p3)", cardId, author, code, s.NowUtc);
        return true;
    }

    public static CardReactions Load(BoardSession s, long meetingId, string? viewer)
    {
        var rows = s.Query(
            "SELECT r.card_id, r.reaction, r.author FROM board_reactions r JOIN board_cards c ON c.id = r.card_id WHERE c.meeting_id = @p0",
            r => (CardId: r.GetInt64(0), Reaction: BoardCodes.ToReaction(r.GetString(1)), Author: r.GetString(2)),
            meetingId);
        var counts = rows.GroupBy(r => (r.CardId, r.Reaction)).ToDictionary(g => g.Key, g => g.Count());
        var mine = rows.Where(r => viewer is not null && string.Equals(r.Author, viewer, StringComparison.Ordinal)).Select(r => (r.CardId, r.Reaction)).ToHashSet();
        return new CardReactions(counts, mine);
    }
}
