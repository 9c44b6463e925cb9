namespace Akutprognos.Core.Board;

/// <summary>Where a micro-project stands.</summary>
public enum MicroProjectStatus
{
    Proposed,
    Running,
    Paused,
    Done,
    Dropped,
}

/// <summary>
/// A small project born from the IT follow-up: an owner, a status and the next step, the cards it came
/// from (of any meeting), and its history of updates from meeting to meeting (oldest first).
/// </summary>
public sealed record MicroProject
{
    public MicroProject(long id, string title, string owner, MicroProjectStatus status, string nextStep, IReadOnlyList<long> cardIds,
        IReadOnlyList<MicroProjectUpdate> history, DateTimeOffset created)
    {
        Id = id;
        Title = BoardText.Required(title, "Micro-project title");
        Owner = BoardText.Required(owner, "Micro-project owner");
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status));
        NextStep = BoardText.Clean(nextStep, "Next step");
        CardIds = cardIds.Distinct().ToList();
        History = history;
        Created = created;
    }

    public long Id { get; }

    public string Title { get; }

    public string Owner { get; }

    public MicroProjectStatus Status { get; }

    public string NextStep { get; }

    /// <summary>The cards it came from or serves.</summary>
    public IReadOnlyList<long> CardIds { get; }

    public IReadOnlyList<MicroProjectUpdate> History { get; }

    public DateTimeOffset Created { get; }
}

/// <summary>One change of a micro-project: its status and next step from then on, at a meeting or between meetings.</summary>
public sealed record MicroProjectUpdate
{
    public MicroProjectUpdate(long meetingId, MicroProjectStatus status, string nextStep, string note, string author, DateTimeOffset created)
    {
        MeetingId = meetingId;
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status));
        NextStep = BoardText.Clean(nextStep, "Next step");
        Note = BoardText.Clean(note, "Note");
        Author = Participant.Address(author);
        Created = created;
    }

    /// <summary>The meeting it was reported at, or 0 between meetings.</summary>
    public long MeetingId { get; }

    public MicroProjectStatus Status { get; }

    public string NextStep { get; }

    public string Note { get; }

    public string Author { get; }

    public DateTimeOffset Created { get; }
}
