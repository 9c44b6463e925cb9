namespace Akutprognos.Core.Board;

/// <summary>What an entry on a card is.</summary>
public enum EntryKind
{
    /// <summary>An idea anyone adds to a card.</summary>
    Idea,

    /// <summary>A comment or question anyone adds.</summary>
    Comment,

    /// <summary>The moderator's note on the card.</summary>
    Note,

    /// <summary>A possible technical solution from the IT follow-up.</summary>
    Solution,
}

/// <summary>
/// One idea, comment, note or technical solution on a card. Entries are only ever appended, so two people
/// writing at once both keep their words; their order is the order of <see cref="Id"/>.
/// </summary>
public sealed record CardEntry
{
    public CardEntry(long id, long cardId, EntryKind kind, string author, string text, DateTimeOffset created)
    {
        Id = id;
        CardId = cardId;
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind));
        Author = Participant.Address(author);
        Text = BoardText.Required(text, "Text", BoardText.LongMaximum);
        Created = created;
    }

    public long Id { get; }

    public long CardId { get; }

    public EntryKind Kind { get; }

    public string Author { get; }

    public string Text { get; }

    public DateTimeOffset Created { get; }
}

/// <summary>Why two cards are linked.</summary>
public enum LinkKind
{
    /// <summary>"We have a similar challenge."</summary>
    SimilarChallenge,

    /// <summary>"This could help our challenge": the link points from the helping card to the helped one.</summary>
    CouldHelp,
}

/// <summary>A link between two cards, possibly of different meetings; a card never links to itself.</summary>
public sealed record CardLink
{
    public CardLink(long id, long fromCardId, long toCardId, LinkKind kind, string author, DateTimeOffset created)
    {
        Id = id;
        FromCardId = fromCardId;
        ToCardId = toCardId != fromCardId ? toCardId : throw new ArgumentException("A card cannot link to itself.", nameof(toCardId));
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind));
        Author = Participant.Address(author);
        Created = created;
    }

    public long Id { get; }

    public long FromCardId { get; }

    public long ToCardId { get; }

    public LinkKind Kind { get; }

    public string Author { get; }

    public DateTimeOffset Created { get; }
}
