namespace Akutprognos.Core.Board;

/// <summary>
/// Dot voting on a meeting's cards as one person sees it. The moderator gives every participant the same
/// budget of votes (0: voting is not open), and a participant may put several of them on one card. Until the
/// moderator reveals the votes nobody sees how many a card has, only how many votes were cast in all and where
/// their own went; after that every card's count is shown, and the cards are taken in that order. Who voted for
/// what is never shown to anyone but the voter.
/// </summary>
public sealed record MeetingVotes
{
    /// <summary>The most votes a moderator may give each participant.</summary>
    public const int MaximumBudget = 20;

    /// <summary>Voting as it is before the moderator opens it.</summary>
    public static readonly MeetingVotes NotOpen = new(0, false, 0, new Dictionary<long, int>(), new Dictionary<long, int>());

    /// <param name="budget">Votes per participant, 0 to <see cref="MaximumBudget"/>.</param>
    /// <param name="revealed">Whether the moderator has revealed the votes; voting is then closed.</param>
    /// <param name="cast">How many votes everyone has cast in all.</param>
    /// <param name="mine">The viewer's own votes by card id.</param>
    /// <param name="counts">Every card's votes by card id; must be empty until revealed.</param>
    public MeetingVotes(int budget, bool revealed, int cast, IReadOnlyDictionary<long, int> mine, IReadOnlyDictionary<long, int> counts)
    {
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(counts);
        Budget = RequireBudget(budget);
        Revealed = revealed;
        Cast = cast >= 0 ? cast : throw new ArgumentOutOfRangeException(nameof(cast));
        Mine = mine;
        Counts = revealed || counts.Count == 0 ? counts : throw new ArgumentException("The votes of each card stay hidden until they are revealed.", nameof(counts));
    }

    public int Budget { get; }

    public bool Revealed { get; }

    public int Cast { get; }

    public IReadOnlyDictionary<long, int> Mine { get; }

    public IReadOnlyDictionary<long, int> Counts { get; }

    /// <summary>Whether participants may vote now: a budget is set and the votes are not revealed yet.</summary>
    public bool Open => Budget > 0 && !Revealed;

    /// <summary>How many votes the viewer has cast.</summary>
    public int Used => Mine.Values.Sum();

    /// <summary>How many votes the viewer has left (none when the budget was lowered below what they had cast).</summary>
    public int Left => Math.Max(0, Budget - Used);

    /// <summary>The votes of a card once revealed; 0 before.</summary>
    public int CountOf(long cardId) => Counts.GetValueOrDefault(cardId);

    /// <summary>The viewer's own votes on a card.</summary>
    public int MineOn(long cardId) => Mine.GetValueOrDefault(cardId);

    /// <summary>The cards in agenda order: most votes first once revealed (ties in posting order), posting order before.</summary>
    public IReadOnlyList<Card> Order(IEnumerable<Card> cards) =>
        Revealed ? cards.OrderByDescending(c => CountOf(c.Id)).ThenBy(c => c.Id).ToList() : cards.ToList();

    /// <summary><paramref name="budget"/> when it is 0 to <see cref="MaximumBudget"/>; throws <see cref="ArgumentOutOfRangeException"/> otherwise.</summary>
    public static int RequireBudget(int budget) =>
        budget is >= 0 and <= MaximumBudget ? budget : throw new ArgumentOutOfRangeException(nameof(budget), budget, $"A vote budget is 0 to {MaximumBudget} votes.");
}
