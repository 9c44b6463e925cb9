using System.Globalization;
using Akutprognos.Core.Board;
using Akutprognos.Core.Board.Similarity;
using Akutprognos.Storage;

namespace Akutprognos.Web.Board;

/// <summary>
/// One meeting's board as the signed-in user sees it: the cards they may see, the look-alikes of each card
/// among the revealed cards of other departments (any meeting), the cards a link may point at (this and
/// earlier meetings, each card's most similar first), the dot voting and reactions as the user sees them, and
/// whether they may post, vote or moderate.
/// </summary>
public sealed record BoardView(
    MeetingBoard Board,
    string? Email,
    Participant? Self,
    IReadOnlyDictionary<long, IReadOnlyList<(Card Card, double Score)>> LookAlikes,
    IReadOnlyDictionary<long, IReadOnlyList<Card>> Suggestions,
    IReadOnlyList<(Meeting Meeting, IReadOnlyList<Card> Cards)> LinkTargets,
    MeetingVotes Votes,
    CardReactions Reactions)
{
    /// <summary>How many suggested cards the link form offers first.</summary>
    public const int SuggestionCount = 5;

    public bool MayPost => Self is not null;

    public bool Moderates => Self?.Role == BoardRole.Moderator;

    /// <summary>Whether the viewer may reveal <paramref name="card"/>: its author or the moderator, while it is hidden.</summary>
    public bool MayReveal(Card card) =>
        card is { Revealed: false } && (Moderates || string.Equals(card.Author, Self?.Email, StringComparison.Ordinal));

    /// <summary>Whether the viewer may change <paramref name="card"/>'s title and text: its author or the moderator.</summary>
    public bool MayEdit(Card card) => MayWithdraw(card) || Moderates;

    /// <summary>Whether the viewer may withdraw <paramref name="card"/>: its author, taking part in the meeting.</summary>
    public bool MayWithdraw(Card card) => card is not null && Self is not null && string.Equals(card.Author, Self.Email, StringComparison.Ordinal);

    /// <summary>Whether the viewer may vote on <paramref name="card"/>: a participant, while voting is open, on a revealed card.</summary>
    public bool MayVote(Card card) => MayPost && Votes.Open && card is { Revealed: true };

    /// <summary>The cards in agenda order: by votes once they are revealed, in posting order before.</summary>
    public IReadOnlyList<Card> Ordered(IEnumerable<Card> cards) => Votes.Order(cards);

    public static BoardView Load(AkutprognosDatabase database, long meetingId, string? email)
    {
        ArgumentNullException.ThrowIfNull(database);
        var board = database.Board.Board(meetingId, email);
        var revealed = database.Board.Cards();
        var everywhere = revealed.Concat(board.Cards.Where(c => !c.Revealed)).ToList();
        var byId = everywhere.ToDictionary(c => Key(c.Id));
        var index = CardSimilarity.Build(everywhere.Select(c => c.ToCardText()).ToList());

        var meetings = database.Board.Meetings().Where(m => m.Id == meetingId || m.Start <= board.Meeting.Start).ToDictionary(m => m.Id);
        var visible = board.Cards.Select(c => c.Id).ToHashSet();
        var candidates = everywhere.Where(c => meetings.ContainsKey(c.MeetingId) && (c.MeetingId != meetingId || visible.Contains(c.Id))).ToList();
        var targets = candidates.GroupBy(c => c.MeetingId)
            .OrderByDescending(g => g.Key == meetingId).ThenByDescending(g => meetings[g.Key].Start)
            .Select(g => (meetings[g.Key], (IReadOnlyList<Card>)g.ToList()))
            .ToList();
        var linkable = candidates.Select(c => Key(c.Id)).ToHashSet(StringComparer.Ordinal);

        var lookAlikes = board.Cards.ToDictionary(
            card => card.Id,
            card => (IReadOnlyList<(Card, double)>)Core.Board.Similarity.LookAlikes.In(index, Key(card.Id)).Take(3).Select(s => (byId[s.Id], s.Score)).ToList());
        var suggestions = board.Cards.ToDictionary(
            card => card.Id,
            card => (IReadOnlyList<Card>)index.Similar(Key(card.Id)).Where(s => s.Score > 0 && linkable.Contains(s.Id)).Take(SuggestionCount).Select(s => byId[s.Id]).ToList());
        return new BoardView(board, email, email is null ? null : board.Meeting.Find(email), lookAlikes, suggestions, targets,
            database.Board.Votes(meetingId, email), database.Board.Reactions(meetingId, email));
    }

    public string NameOf(string email) => Board.NameOf(email);

    /// <summary>"2013-10-08 13:00", the meeting's start in its own time zone.</summary>
    public static string StartOf(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var local = TimeZoneInfo.ConvertTime(meeting.Start, TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone));
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
