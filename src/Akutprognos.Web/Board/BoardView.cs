using Akutprognos.Core.Board;
using Akutprognos.Storage;

namespace Akutprognos.Web.Board;

/// <summary>
/// One meeting's board as the signed-in user sees it: the cards they may see, the look-alikes of each card
/// among the revealed cards of other departments (any meeting), and whether they may post or moderate.
/// </summary>
public sealed record BoardView(MeetingBoard Board, string? Email, Participant? Self, IReadOnlyDictionary<long, IReadOnlyList<(Card Card, double Score)>> LookAlikes)
{
    public bool MayPost => Self is not null;

    public bool Moderates => Self?.Role == BoardRole.Moderator;

    public static BoardView Load(AkutprognosDatabase database, long meetingId, string? email)
    {
        ArgumentNullException.ThrowIfNull(database);
        var board = database.Board.Board(meetingId, email);
        var everywhere = database.Board.Cards();
        var byId = everywhere.ToDictionary(c => c.Id);
        var texts = everywhere.Select(c => c.ToCardText()).ToList();
        var lookAlikes = board.Cards.ToDictionary(card => card.Id, card => (IReadOnlyList<(Card, double)>)Core.Board.Similarity.LookAlikes.For(card.ToCardText(), texts)
            .Select(s => (byId[long.Parse(s.Id, System.Globalization.CultureInfo.InvariantCulture)], s.Score))
            .Take(3)
            .ToList());
        return new BoardView(board, email, email is null ? null : board.Meeting.Find(email), lookAlikes);
    }

    public string NameOf(string email) => Board.NameOf(email);

    /// <summary>"2013-10-08 13:00", the meeting's start in its own time zone.</summary>
    public static string StartOf(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var local = TimeZoneInfo.ConvertTime(meeting.Start, TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone));
        return local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }
}
