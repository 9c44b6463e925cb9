namespace Akutprognos.Core.Board;

/// <summary>What was done to a card after it was posted.</summary>
public enum CardChangeKind
{
    /// <summary>Its author or the moderator changed its title or text.</summary>
    Edited,

    /// <summary>Its author took it off the board.</summary>
    Withdrawn,

    /// <summary>The moderator took it off the board.</summary>
    Hidden,
}

/// <summary>
/// One change in a card's history: what was done, by whom and when, and the card's title and text as they were
/// just before. Changes are only ever appended, so every earlier version of a card is kept.
/// </summary>
public sealed record CardChange(long Id, long CardId, CardChangeKind Kind, string Actor, string Title, CardDetails Before, DateTimeOffset At);
