using Akutprognos.Core.Board;
using Akutprognos.Core.Board.Similarity;

namespace Akutprognos.Storage.Board;

public sealed partial class BoardStore
{
    /// <summary>
    /// Everything on a meeting's board: cards, entries, links (with the linked cards of other meetings),
    /// and the micro-projects naming its cards. With a <paramref name="viewer"/>, cards not yet revealed
    /// are left out unless the viewer wrote them or moderates; null (summaries, exports) shows all.
    /// </summary>
    public MeetingBoard Board(long meetingId, string? viewer = null) => Read(s =>
    {
        var meeting = MeetingRows.Require(s, meetingId);
        var seesAll = viewer is null || meeting.Find(viewer)?.Role == BoardRole.Moderator;
        var cards = CardRows.Load(s, "meeting_id = @p0", meetingId)
            .Where(c => seesAll || c.Revealed || string.Equals(c.Author, viewer!.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        var ids = cards.Select(c => c.Id).ToHashSet();
        var links = CardRows.LinksOfMeeting(s, meetingId).Where(l => ids.Contains(l.FromCardId) || ids.Contains(l.ToCardId)).ToList();
        var elsewhere = links.SelectMany(l => new[] { l.FromCardId, l.ToCardId }).Where(id => !ids.Contains(id)).Distinct()
            .Select(id => CardRows.Find(s, id)).OfType<Card>().Where(c => c.Revealed).ToList();
        links = links.Where(l => (ids.Contains(l.FromCardId) || elsewhere.Any(c => c.Id == l.FromCardId))
            && (ids.Contains(l.ToCardId) || elsewhere.Any(c => c.Id == l.ToCardId))).ToList();
        var entries = CardRows.EntriesOfMeeting(s, meetingId).Where(e => ids.Contains(e.CardId)).ToList();
        var projects = MicroProjectRows.Load(s).Where(p => p.CardIds.Any(ids.Contains)).ToList();
        return new MeetingBoard(meeting, cards, entries, links, elsewhere, projects);
    });

    /// <summary>Every revealed card of every meeting, in posting order: what suggestions may point at.</summary>
    public IReadOnlyList<Card> Cards() => Read(s => CardRows.Load(s, "revealed = 1"));

    /// <summary>
    /// The cards of other departments, from any meeting, that look like <paramref name="cardId"/>, best first
    /// (<see cref="LookAlikes"/> at its default threshold). For the flag shown as soon as a card is posted.
    /// </summary>
    public IReadOnlyList<(Card Card, double Score)> LookAlikesOf(long cardId, double threshold = LookAlikes.DefaultThreshold)
    {
        var cards = Read(s => CardRows.Load(s, "revealed = 1 OR id = @p0", cardId));
        var posted = cards.FirstOrDefault(c => c.Id == cardId) ?? throw new KeyNotFoundException($"No board card has the id {cardId}.");
        var byId = cards.ToDictionary(c => c.ToCardText().Id, StringComparer.Ordinal);
        return LookAlikes.For(posted.ToCardText(), cards.Select(c => c.ToCardText()), threshold)
            .Select(s => (byId[s.Id], s.Score))
            .ToList();
    }

    /// <summary>
    /// A card's history from month to month: the card and every card joined to it through links, in either
    /// direction and over any number of steps, by meeting start and posting order.
    /// </summary>
    public IReadOnlyList<Card> History(long cardId) => Read(s =>
    {
        var links = CardRows.Links(s, "");
        var seen = new HashSet<long> { CardRows.Require(s, cardId).Id };
        var queue = new Queue<long>([cardId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in links.Where(l => l.FromCardId == id).Select(l => l.ToCardId).Concat(links.Where(l => l.ToCardId == id).Select(l => l.FromCardId)))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        var starts = MeetingRows.Load(s, "").ToDictionary(m => m.Id, m => m.Start);
        // Cards withdrawn or hidden on the way are left out; the links through them still join the others.
        return seen.Select(id => CardRows.Find(s, id)).OfType<Card>().OrderBy(c => starts[c.MeetingId]).ThenBy(c => c.Id).ToList();
    });

    /// <summary>Every micro-project, oldest first, with its cards and history: the board across meetings.</summary>
    public IReadOnlyList<MicroProject> MicroProjects() => Read(s => MicroProjectRows.Load(s));

    /// <summary>
    /// Starts a micro-project from cards of <paramref name="meetingId"/> or earlier ones (moderator of that meeting
    /// only), at <paramref name="status"/> (proposed unless said otherwise).
    /// </summary>
    public MicroProject StartMicroProject(long meetingId, string moderator, string title, string owner, string nextStep, IReadOnlyList<long> cardIds,
        MicroProjectStatus status = MicroProjectStatus.Proposed) =>
        Write("Starting the micro-project", s =>
        {
            var meeting = MeetingRows.Require(s, meetingId);
            var writer = BoardAccess.RequireModerator(meeting, moderator);
            foreach (var cardId in cardIds)
            {
                CardRows.Require(s, cardId);
            }
            var first = new MicroProjectUpdate(meetingId, status, nextStep, "", writer.Email, Now);
            var draft = new MicroProject(0, title, owner, first.Status, first.NextStep, cardIds, [first], first.Created);
            var id = MicroProjectRows.Insert(s, draft.Title, draft.Owner, draft.CardIds, first);
            return MicroProjectRows.Load(s, "WHERE id = @p0", id).Single();
        });

    /// <summary>Records the micro-project's new status and next step at a meeting (its moderator only); the history keeps every step.</summary>
    public MicroProject UpdateMicroProject(long projectId, long meetingId, string moderator, MicroProjectStatus status, string nextStep, string note) =>
        Write("Updating the micro-project", s =>
        {
            var writer = BoardAccess.RequireModerator(MeetingRows.Require(s, meetingId), moderator);
            if (MicroProjectRows.Load(s, "WHERE id = @p0", projectId).Count == 0)
            {
                throw new KeyNotFoundException($"No micro-project has the id {projectId}.");
            }
            MicroProjectRows.InsertUpdate(s, projectId, new MicroProjectUpdate(meetingId, status, nextStep, note, writer.Email, Now));
            return MicroProjectRows.Load(s, "WHERE id = @p0", projectId).Single();
        });
}
