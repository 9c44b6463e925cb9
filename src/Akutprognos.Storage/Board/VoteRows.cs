using Akutprognos.Core.Board;

namespace Akutprognos.Storage.Board;

/// <summary>Dot voting in board_voting (a meeting's budget and when its votes were revealed) and board_votes (one row a vote).</summary>
internal static class VoteRows
{
    /// <summary>The meeting's budget and whether its votes are revealed; (0, false) before the moderator opened voting.</summary>
    public static (int Budget, bool Revealed) State(BoardSession s, long meetingId) =>
        s.Query("SELECT budget, revealed_utc FROM board_voting WHERE meeting_id = @p0", r => (r.GetInt32(0), !r.IsDBNull(1)), meetingId)
            .SingleOrDefault();

    public static void SetBudget(BoardSession s, long meetingId, int budget) => s.Execute(
        "INSERT INTO board_voting (meeting_id, budget) VALUES (@p0, @p1) ON CONFLICT (meeting_id) DO UPDATE SET budget = excluded.budget",
        meetingId, budget);

    public static void Reveal(BoardSession s, long meetingId) =>
        s.Execute("UPDATE board_voting SET revealed_utc = @p1 WHERE meeting_id = @p0 AND revealed_utc IS NULL", meetingId, s.NowUtc);

    /// <summary>The slots the voter's votes fill, with the card each is on.</summary>
    public static List<(int Slot, long CardId)> Slots(BoardSession s, long meetingId, string voter) => s.Query(
        "SELECT slot, card_id FROM board_votes WHERE meeting_id = @p0 AND voter = @p1 ORDER BY slot",
        r => (r.GetInt32(0), r.GetInt64(1)), meetingId, voter);

    public static void Insert(BoardSession s, long meetingId, string voter, int slot, long cardId) => s.Execute(
        "INSERT INTO board_votes (meeting_id, voter, slot, card_id, created_utc) VALUES (@p0, @p1, @p2, @p3, @p4)",
        meetingId, voter, slot, cardId, s.NowUtc);

    public static void Delete(BoardSession s, long meetingId, string voter, int slot) =>
        s.Execute("DELETE FROM board_votes WHERE meeting_id = @p0 AND voter = @p1 AND slot = @p2", meetingId, voter, slot);

    /// <summary>Gives back every vote on a card taken off the board.</summary>
    public static void DeleteOnCard(BoardSession s, long cardId) => s.Execute("DELETE FROM board_votes WHERE card_id = @p0", cardId);

    /// <summary>Every card's votes; only for a meeting whose votes are revealed.</summary>
    public static Dictionary<long, int> Counts(BoardSession s, long meetingId) => s.Query(
            "SELECT card_id, COUNT(*) FROM board_votes WHERE meeting_id = @p0 GROUP BY card_id",
            r => (CardId: r.GetInt64(0), Count: (int)r.GetInt64(1)), meetingId)
        .ToDictionary(c => c.CardId, c => c.Count);

    /// <summary>How many votes were cast in the meeting in all.</summary>
    public static int Cast(BoardSession s, long meetingId) =>
        (int)s.Query("SELECT COUNT(*) FROM board_votes WHERE meeting_id = @p0", r => r.GetInt64(0), meetingId).Single();

    public static MeetingVotes Load(BoardSession s, long meetingId, string? viewer)
    {
        var (budget, revealed) = State(s, meetingId);
        var mine = viewer is null
            ? new Dictionary<long, int>()
            : Slots(s, meetingId, viewer).GroupBy(v => v.CardId).ToDictionary(g => g.Key, g => g.Count());
        return new MeetingVotes(budget, revealed, Cast(s, meetingId), mine, revealed ? Counts(s, meetingId) : new Dictionary<long, int>());
    }
}
