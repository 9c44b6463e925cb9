namespace Akutprognos.Core.Board;

/// <summary>
/// Who may do what on a meeting's board: every signed-in user reads; only the meeting's participants
/// post cards, ideas, comments and links; only its moderator writes notes, the IT follow-up and
/// micro-projects, and reschedules the meeting.
/// </summary>
public static class BoardAccess
{
    /// <summary>The participant behind <paramref name="email"/>; throws <see cref="BoardAccessException"/> when they may not post.</summary>
    public static Participant RequireParticipant(Meeting meeting, string email) =>
        meeting.Find(email) ?? throw new BoardAccessException($"{email} is not a participant of '{meeting.Title}' and may not post to its board.");

    /// <summary>The moderator behind <paramref name="email"/>; throws <see cref="BoardAccessException"/> for anyone else.</summary>
    public static Participant RequireModerator(Meeting meeting, string email)
    {
        var participant = meeting.Find(email);
        return participant?.Role == BoardRole.Moderator
            ? participant
            : throw new BoardAccessException($"Only the moderator of '{meeting.Title}' may do this; {email} is not.");
    }

    /// <summary>
    /// Throws <see cref="BoardAccessException"/> when <paramref name="card"/> was written ahead and is not revealed yet
    /// and <paramref name="email"/> is neither its author nor a moderator of its meeting: until then nobody else sees
    /// it, so nobody else may add to it or link to it (even by guessing its id).
    /// </summary>
    public static void RequireVisible(Card card, Meeting meeting, string email)
    {
        if (card.Revealed || string.Equals(card.Author, email.Trim(), StringComparison.OrdinalIgnoreCase) || meeting.Find(email)?.Role == BoardRole.Moderator)
        {
            return;
        }
        throw new BoardAccessException($"The card '{card.Title}' is not revealed yet; only its author and the moderator see it.");
    }

    /// <summary>Whether <paramref name="kind"/> of entry is the moderator's alone (notes and the IT follow-up).</summary>
    public static bool IsModeratorEntry(EntryKind kind) => kind is EntryKind.Note or EntryKind.Solution;
}

/// <summary>Someone tried to change the board in a way their role does not allow; the message says who and why.</summary>
public sealed class BoardAccessException : Exception
{
    public BoardAccessException()
    {
    }

    public BoardAccessException(string message)
        : base(message)
    {
    }

    public BoardAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
