namespace Akutprognos.Core.Board;

/// <summary>The three kinds of card on the board.</summary>
public enum CardKind
{
    /// <summary>A department's current problem: background, where things stand, where they want to go, what is in the way.</summary>
    Challenge,

    /// <summary>A free-standing idea.</summary>
    Idea,

    /// <summary>A project a department runs now or plans, so that two departments find out before they do the same thing.</summary>
    Project,
}

/// <summary>
/// A card posted to a meeting's board. The text fields that a kind does not use are "". A card written
/// ahead is hidden from others until <see cref="Revealed"/>. Ideas, comments and notes on it are
/// <see cref="CardEntry"/> rows, appended, never edited.
/// </summary>
public sealed record Card
{
    public Card(long id, long meetingId, CardKind kind, string department, string author, string title, CardDetails details, bool revealed, DateTimeOffset created)
    {
        Id = id;
        MeetingId = meetingId;
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind));
        Department = BoardText.Required(department, "Department");
        Author = Participant.Address(author);
        Title = BoardText.Required(title, "Card title");
        Details = details ?? throw new ArgumentNullException(nameof(details));
        Revealed = revealed;
        Created = created;
    }

    /// <summary>The database id; 0 before the card is stored.</summary>
    public long Id { get; init; }

    public long MeetingId { get; }

    public CardKind Kind { get; }

    public string Department { get; }

    /// <summary>The author's e-mail address.</summary>
    public string Author { get; }

    public string Title { get; }

    public CardDetails Details { get; }

    public bool Revealed { get; init; }

    public DateTimeOffset Created { get; }

    /// <summary>What the similarity compares: title, and every text field of the details.</summary>
    public Similarity.CardText ToCardText() => new(Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Department, Title, Details.AllText);
}

/// <summary>
/// The body of a card. A challenge uses background, current state, desired state and obstacles; an idea
/// uses <see cref="Text"/>; a project uses goal, owner and dates (end not before start). All text cleaned.
/// </summary>
public sealed record CardDetails
{
    public CardDetails(string? background = null, string? currentState = null, string? desiredState = null, string? obstacles = null,
        string? text = null, string? goal = null, string? owner = null, DateOnly? startDate = null, DateOnly? endDate = null)
    {
        Background = BoardText.Clean(background, "Background");
        CurrentState = BoardText.Clean(currentState, "Current state");
        DesiredState = BoardText.Clean(desiredState, "Desired state");
        Obstacles = BoardText.Clean(obstacles, "Obstacles");
        Text = BoardText.Clean(text, "Text");
        Goal = BoardText.Clean(goal, "Goal");
        Owner = BoardText.Clean(owner, "Owner", BoardText.ShortMaximum);
        StartDate = startDate;
        EndDate = endDate is { } end && startDate is { } start && end < start
            ? throw new ArgumentException($"The project ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(endDate))
            : endDate;
    }

    public string Background { get; }

    public string CurrentState { get; }

    public string DesiredState { get; }

    public string Obstacles { get; }

    public string Text { get; }

    public string Goal { get; }

    public string Owner { get; }

    public DateOnly? StartDate { get; }

    public DateOnly? EndDate { get; }

    /// <summary>Every text field that is not empty, as (Swedish label, text) in a fixed order, for summaries.</summary>
    public IEnumerable<(string Label, string Text)> Fields() => All().Where(f => f.Text.Length > 0).Select(f => (f.Swedish, f.Text));

    /// <summary>
    /// The same fields as (English name, text) — "Background", "Current state", "Desired state", "Obstacles",
    /// "Text", "Goal", "Owner" — for pages that translate the names into the reader's language.
    /// </summary>
    public IEnumerable<(string Name, string Text)> NamedFields() => All().Where(f => f.Text.Length > 0).Select(f => (f.English, f.Text));

    IEnumerable<(string English, string Swedish, string Text)> All() =>
    [
        ("Background", "Bakgrund", Background), ("Current state", "Nuläge", CurrentState), ("Desired state", "Önskat läge", DesiredState),
        ("Obstacles", "Hinder", Obstacles), ("Text", "Text", Text), ("Goal", "Mål", Goal), ("Owner", "Ägare", Owner),
    ];

    /// <summary>All text fields joined with blank lines.</summary>
    public string AllText => string.Join("\n\n", Fields().Select(f => f.Text));
}
