using System.Data.Common;
using Akutprognos.Core.Board;
using Akutprognos.Storage.Backends;

namespace Akutprognos.Storage.Board;

/// <summary>
/// The meeting board in the database, for the web host and the command line alike. Each call is one
/// transaction. Writes take the acting user's e-mail address and check the meeting's roles
/// (<see cref="BoardAccess"/>): a <see cref="BoardAccessException"/> changes nothing. Unknown ids throw
/// <see cref="KeyNotFoundException"/>; invalid text throws <see cref="ArgumentException"/> (text is cleaned
/// by the Core.Board records on the way in). Ideas, comments, notes and solutions are appended as rows of
/// their own, so concurrent writers never overwrite each other.
/// </summary>
public sealed partial class BoardStore
{
    readonly IBackend backend;
    readonly TimeProvider clock;

    internal BoardStore(IBackend backend, TimeProvider clock)
    {
        this.backend = backend;
        this.clock = clock;
    }

    /// <summary>Stores a new meeting with its participants; returns it with its id.</summary>
    public Meeting CreateMeeting(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return Write("Creating the meeting", s => meeting with { Id = MeetingRows.Insert(s, meeting) });
    }

    /// <summary>Every meeting, oldest first.</summary>
    public IReadOnlyList<Meeting> Meetings() => Read(s => MeetingRows.Load(s, ""));

    /// <summary>The meeting, or null.</summary>
    public Meeting? Meeting(long id) => Read(s => MeetingRows.Find(s, id));

    /// <summary>Moves the meeting (moderator only); its iCalendar sequence goes up by one so invitations update.</summary>
    public Meeting Reschedule(long meetingId, string moderator, DateTimeOffset start, int durationMinutes, string? room, string? videoLink) =>
        Write("Rescheduling the meeting", s =>
        {
            var meeting = MeetingRows.Require(s, meetingId);
            BoardAccess.RequireModerator(meeting, moderator);
            var moved = meeting.Rescheduled(start, durationMinutes, room, videoLink);
            MeetingRows.UpdateTimeAndPlace(s, moved);
            return moved;
        });

    /// <summary>Invites one more person (moderator only).</summary>
    public Meeting AddParticipant(long meetingId, string moderator, Participant participant) =>
        Write("Adding the participant", s =>
        {
            var meeting = MeetingRows.Require(s, meetingId);
            BoardAccess.RequireModerator(meeting, moderator);
            if (meeting.Find(participant.Email) is not null)
            {
                throw new ArgumentException($"{participant.Email} already takes part in '{meeting.Title}'.", nameof(participant));
            }
            MeetingRows.InsertParticipant(s, meetingId, participant);
            return MeetingRows.Require(s, meetingId);
        });

    /// <summary>
    /// Takes a person off the meeting (moderator only). Their cards and entries stay on the board under their
    /// address. The last moderator cannot be removed, so someone can always run the meeting.
    /// </summary>
    public Meeting RemoveParticipant(long meetingId, string moderator, string email) =>
        Write("Removing the participant", s =>
        {
            var meeting = MeetingRows.Require(s, meetingId);
            BoardAccess.RequireModerator(meeting, moderator);
            var leaving = meeting.Find(email) ?? throw new KeyNotFoundException($"{email} does not take part in '{meeting.Title}'.");
            if (leaving.Role == BoardRole.Moderator && meeting.Participants.Count(p => p.Role == BoardRole.Moderator) == 1)
            {
                throw new ArgumentException($"{leaving.Email} is the only moderator of '{meeting.Title}' and cannot be removed.", nameof(email));
            }
            MeetingRows.DeleteParticipant(s, meetingId, leaving.Email);
            return MeetingRows.Require(s, meetingId);
        });

    /// <summary>
    /// Posts a card as <paramref name="author"/> (a participant), for the author's department unless
    /// <paramref name="department"/> says otherwise. A card written ahead stays hidden until revealed.
    /// </summary>
    public Card PostCard(long meetingId, string author, CardKind kind, string title, CardDetails details, bool revealed = true, string? department = null) =>
        Write("Posting the card", s =>
        {
            var meeting = MeetingRows.Require(s, meetingId);
            var participant = BoardAccess.RequireParticipant(meeting, author);
            var card = new Card(0, meetingId, kind, department ?? participant.Department, participant.Email, title, details, revealed, Now);
            return card with { Id = CardRows.Insert(s, card) };
        });

    /// <summary>Shows a card written ahead to everyone (its author or the moderator).</summary>
    public Card Reveal(long cardId, string actor) => Write("Revealing the card", s =>
    {
        var card = CardRows.Require(s, cardId);
        var meeting = MeetingRows.Require(s, card.MeetingId);
        if (!string.Equals(card.Author, actor.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            BoardAccess.RequireModerator(meeting, actor);
        }
        CardRows.Reveal(s, cardId);
        return card with { Revealed = true };
    });

    /// <summary>
    /// Appends an idea or comment (any participant) or a note or technical solution (the moderator) to a
    /// card. Never replaces anything: two people writing at once both keep their words.
    /// </summary>
    public CardEntry AddEntry(long cardId, EntryKind kind, string author, string text) => Write("Adding to the card", s =>
    {
        var card = CardRows.Require(s, cardId);
        var meeting = MeetingRows.Require(s, card.MeetingId);
        var writer = BoardAccess.IsModeratorEntry(kind) ? BoardAccess.RequireModerator(meeting, author) : BoardAccess.RequireParticipant(meeting, author);
        BoardAccess.RequireVisible(card, meeting, author);
        var entry = new CardEntry(0, cardId, kind, writer.Email, text, Now);
        return new CardEntry(CardRows.InsertEntry(s, entry), cardId, kind, writer.Email, entry.Text, entry.Created);
    });

    /// <summary>
    /// Links two cards, of the same or different meetings ("we have a similar challenge", "this could
    /// help"); the author must take part in the meeting of either card. Linking twice returns the first link.
    /// </summary>
    public CardLink Link(long fromCardId, long toCardId, LinkKind kind, string author) => Write("Linking the cards", s =>
    {
        var from = CardRows.Require(s, fromCardId);
        var to = CardRows.Require(s, toCardId);
        var fromMeeting = MeetingRows.Require(s, from.MeetingId);
        var toMeeting = to.MeetingId == from.MeetingId ? fromMeeting : MeetingRows.Require(s, to.MeetingId);
        var writer = fromMeeting.Find(author) ?? BoardAccess.RequireParticipant(toMeeting, author);
        BoardAccess.RequireVisible(from, fromMeeting, author);
        BoardAccess.RequireVisible(to, toMeeting, author);
        if (CardRows.FindLink(s, fromCardId, toCardId, kind) is { } existing)
        {
            return existing;
        }
        var link = new CardLink(0, fromCardId, toCardId, kind, writer.Email, Now);
        return new CardLink(CardRows.InsertLink(s, link), fromCardId, toCardId, kind, writer.Email, link.Created);
    });

    DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());

    T Read<T>(Func<BoardSession, T> read)
    {
        try
        {
            using var connection = backend.Connect();
            return read(new BoardSession(connection, null, clock.GetUtcNow().ToUnixTimeSeconds()));
        }
        catch (DbException e)
        {
            throw new StorageException(LockedDatabase.Message("Reading the board", backend.Description, e,
                $"Reading the board from the {backend.Description} failed: {e.Message}"), e) { Locked = LockedDatabase.Is(e) };
        }
    }

    T Write<T>(string what, Func<BoardSession, T> write)
    {
        try
        {
            using var connection = backend.Connect();
            using var transaction = connection.BeginTransaction();
            var result = write(new BoardSession(connection, transaction, clock.GetUtcNow().ToUnixTimeSeconds()));
            transaction.Commit();
            return result;
        }
        catch (DbException e)
        {
            throw new StorageException(LockedDatabase.Message(what, backend.Description, e,
                $"{what} failed in the {backend.Description}; nothing was changed: {e.Message}") + (LockedDatabase.Is(e) ? " Nothing was changed." : ""), e) { Locked = LockedDatabase.Is(e) };
        }
    }
}
