namespace Akutprognos.Core.Board;

/// <summary>A quick reaction to a card; each person gives each reaction to a card once, or takes it back.</summary>
public enum Reaction
{
    /// <summary>👍, agreement.</summary>
    ThumbsUp,

    /// <summary>❤️, this matters to me.</summary>
    Heart,

    /// <summary>💡, this gives me an idea.</summary>
    Bulb,
}

/// <summary>The reactions on a meeting's cards: how many of each per card, and which the viewer gave.</summary>
public sealed record CardReactions(IReadOnlyDictionary<(long CardId, Reaction Reaction), int> Counts, IReadOnlySet<(long CardId, Reaction Reaction)> Mine)
{
    /// <summary>No reactions at all.</summary>
    public static readonly CardReactions None = new(new Dictionary<(long, Reaction), int>(), new HashSet<(long, Reaction)>());

    /// <summary>How many gave <paramref name="reaction"/> to the card.</summary>
    public int CountOf(long cardId, Reaction reaction) => Counts.GetValueOrDefault((cardId, reaction));

    /// <summary>Whether the viewer gave <paramref name="reaction"/> to the card.</summary>
    public bool Gave(long cardId, Reaction reaction) => Mine.Contains((cardId, reaction));

    /// <summary>The emoji shown for a reaction.</summary>
    public static string Emoji(Reaction reaction) => reaction switch
    {
        Reaction.ThumbsUp => "👍",
        Reaction.Heart => "❤️",
        Reaction.Bulb => "💡",
        _ => throw new ArgumentOutOfRangeException(nameof(reaction)),
    };
}
