using Akutprognos.Core.Board;
using Akutprognos.Core.Board.Demo;

namespace Akutprognos.Storage.Board;

public sealed partial class BoardStore
{
    /// <summary>
    /// Stores a whole meeting's board in one transaction (e.g. <see cref="BoardDemo.Seed"/>) with the same
    /// role checks as single writes, and returns the meeting. When a meeting with the seed's uid exists,
    /// that meeting is returned and nothing is added, so seeding twice is safe.
    /// </summary>
    public Meeting Seed(BoardSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return Write("Storing the board", s =>
        {
            if (MeetingRows.Load(s, "WHERE uid = @p0", seed.Meeting.Uid).SingleOrDefault() is { } existing)
            {
                return existing;
            }
            var meeting = seed.Meeting with { Id = MeetingRows.Insert(s, seed.Meeting) };
            var now = Now;
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var seeded in seed.Cards)
            {
                var author = BoardAccess.RequireParticipant(meeting, seeded.Author);
                var card = new Card(0, meeting.Id, seeded.Kind, author.Department, author.Email, seeded.Title, seeded.Details, true, now);
                var id = CardRows.Insert(s, card);
                ids.Add(seeded.Key, id);
                foreach (var entry in seeded.Entries)
                {
                    var writer = BoardAccess.IsModeratorEntry(entry.Kind)
                        ? BoardAccess.RequireModerator(meeting, entry.Author)
                        : BoardAccess.RequireParticipant(meeting, entry.Author);
                    CardRows.InsertEntry(s, new CardEntry(0, id, entry.Kind, writer.Email, entry.Text, now));
                }
            }
            foreach (var link in seed.Links)
            {
                var writer = BoardAccess.RequireParticipant(meeting, link.Author);
                CardRows.InsertLink(s, new CardLink(0, Key(ids, link.FromKey), Key(ids, link.ToKey), link.Kind, writer.Email, now));
            }
            foreach (var project in seed.MicroProjects)
            {
                var moderator = meeting.Participants.FirstOrDefault(p => p.Role == BoardRole.Moderator)
                    ?? throw new ArgumentException("The seeded meeting has no moderator to start its micro-projects.", nameof(seed));
                var cards = project.CardKeys.Select(k => Key(ids, k)).ToList();
                var started = new MicroProjectUpdate(meeting.Id, MicroProjectStatus.Proposed, project.NextStep, "", moderator.Email, now);
                var id = MicroProjectRows.Insert(s, BoardText.Required(project.Title, "Micro-project title"), BoardText.Required(project.Owner, "Micro-project owner"), cards, started);
                if (project.Status != MicroProjectStatus.Proposed || project.Note.Length > 0)
                {
                    MicroProjectRows.InsertUpdate(s, id, new MicroProjectUpdate(meeting.Id, project.Status, project.NextStep, project.Note, moderator.Email, now));
                }
            }
            return meeting;
        });
    }

    static long Key(Dictionary<string, long> ids, string key) =>
        ids.TryGetValue(key, out var id) ? id : throw new ArgumentException($"The seed links to a card '{key}' it does not contain.", nameof(key));
}
