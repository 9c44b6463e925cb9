namespace Akutprognos.Core.Board.Similarity;

/// <summary>
/// Flags the cards of other departments that look like a card just posted — "Röntgen plans the same
/// project" — so departments find out before they are halfway through.
/// </summary>
public static class LookAlikes
{
    /// <summary>
    /// The default flagging threshold on the <see cref="CardSimilarity"/> score, set for recall: a needless
    /// flag costs a glance, a missed twin project costs months. Posting each labelled card last, 0.15 flags
    /// the partner for 20 of 22 tuning cards and 20 of 20 held-out cards, and 14 of 770 (tuning) and 6 of
    /// 688 (held out) other cross-department cards (CardSimilarityPrecisionTests prints these).
    /// </summary>
    public const double DefaultThreshold = 0.15;

    /// <summary>
    /// The cards of <paramref name="board"/> from another department than <paramref name="posted"/> whose
    /// similarity to it is at least <paramref name="threshold"/>, best first. The index is built over the
    /// board and the posted card, so pass every card a suggestion may point at (earlier meetings too).
    /// </summary>
    public static IReadOnlyList<SimilarCard> For(CardText posted, IEnumerable<CardText> board, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var others = board.Where(c => c.Id != posted.Id).ToList();
        return In(CardSimilarity.Build([.. others, posted]), posted.Id, threshold);
    }

    /// <summary>
    /// The same flags for the card <paramref name="id"/> of an index built already over every card a
    /// suggestion may point at, so that a whole board's flags come from one index.
    /// </summary>
    public static IReadOnlyList<SimilarCard> In(CardSimilarity index, string id, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(index);
        var departments = index.Cards.ToDictionary(c => c.Id, c => c.Department.Trim(), StringComparer.Ordinal);
        return index.Similar(id)
            .Where(s => s.Score >= threshold && !string.Equals(departments[s.Id], departments[id], StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
