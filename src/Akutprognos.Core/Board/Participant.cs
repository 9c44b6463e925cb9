using System.Net.Mail;

namespace Akutprognos.Core.Board;

/// <summary>What a participant may do on a meeting's board.</summary>
public enum BoardRole
{
    /// <summary>Posts cards, ideas, comments and links.</summary>
    Participant,

    /// <summary>Also writes notes, the IT follow-up and micro-projects (the meeting is run by IT).</summary>
    Moderator,
}

/// <summary>A person invited to a meeting, identified by e-mail address (compared ignoring case).</summary>
public sealed record Participant
{
    public Participant(string name, string email, string department, BoardRole role)
    {
        Name = BoardText.Required(name, "Participant name");
        Email = Address(email);
        Department = BoardText.Required(department, "Participant department");
        Role = Enum.IsDefined(role) ? role : throw new ArgumentOutOfRangeException(nameof(role));
    }

    public string Name { get; }

    /// <summary>Lower case, as written otherwise.</summary>
    public string Email { get; }

    public string Department { get; }

    public BoardRole Role { get; }

    /// <summary>A plain address (name@host), lower case; throws <see cref="ArgumentException"/> otherwise.</summary>
    public static string Address(string? email)
    {
        var text = BoardText.Required(email, "E-mail address").ToLowerInvariant();
        return MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && parsed.DisplayName.Length == 0
            ? text
            : throw new ArgumentException($"'{text}' is not an e-mail address.", nameof(email));
    }
}
