using Akutprognos.Core.Board;

namespace Akutprognos.Storage.Board;

/// <summary>Meetings and their participants in board_meetings and board_participants.</summary>
internal static class MeetingRows
{
    const string Columns = "id, uid, title, start_utc, time_zone, duration_minutes, room, video_link, repeats_monthly, sequence";

    public static long Insert(BoardSession s, Meeting meeting)
    {
        var id = s.Insert(
            "INSERT INTO board_meetings (uid, title, start_utc, time_zone, duration_minutes, room, video_link, repeats_monthly, sequence, created_utc) " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)",
            meeting.Uid, meeting.Title, meeting.Start.ToUnixTimeSeconds(), meeting.TimeZone, meeting.DurationMinutes, meeting.Room,
            meeting.VideoLink?.ToString(), meeting.RepeatsMonthly ? 1 : 0, meeting.Sequence, s.NowUtc);
        foreach (var participant in meeting.Participants)
        {
            InsertParticipant(s, id, participant);
        }
        return id;
    }

    public static void InsertParticipant(BoardSession s, long meetingId, Participant participant) => s.Execute(
        "INSERT INTO board_participants (meeting_id, email, name, department, role) VALUES (@p0, @p1, @p2, @p3, @p4)",
        meetingId, participant.Email, participant.Name, participant.Department, BoardCodes.Of(participant.Role));

    public static void DeleteParticipant(BoardSession s, long meetingId, string email) =>
        s.Execute("DELETE FROM board_participants WHERE meeting_id = @p0 AND email = @p1", meetingId, email);

    public static void UpdateTimeAndPlace(BoardSession s, Meeting meeting) => s.Execute(
        "UPDATE board_meetings SET start_utc = @p1, duration_minutes = @p2, room = @p3, video_link = @p4, sequence = @p5 WHERE id = @p0",
        meeting.Id, meeting.Start.ToUnixTimeSeconds(), meeting.DurationMinutes, meeting.Room, meeting.VideoLink?.ToString(), meeting.Sequence);

    public static Meeting? Find(BoardSession s, long id) => Load(s, "WHERE id = @p0", id).SingleOrDefault();

    public static Meeting Require(BoardSession s, long id) => Find(s, id) ?? throw new KeyNotFoundException($"No board meeting has the id {id}.");

    /// <summary>Meetings by start, oldest first.</summary>
    public static List<Meeting> Load(BoardSession s, string where, params object?[] values)
    {
        var participants = s.Query(
                "SELECT meeting_id, email, name, department, role FROM board_participants ORDER BY meeting_id, name, email",
                r => (Meeting: r.GetInt64(0), Participant: new Participant(r.GetString(2), r.GetString(1), r.GetString(3), BoardCodes.ToRole(r.GetString(4)))))
            .ToLookup(p => p.Meeting, p => p.Participant);
        return s.Query(
            $"SELECT {Columns} FROM board_meetings {where} ORDER BY start_utc, id",
            r => new Meeting(
                r.GetInt64(0), r.GetString(2), DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(3)), r.GetString(4), r.GetInt32(5), r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7), r.GetInt64(8) != 0, r.GetInt32(9), r.GetString(1), participants[r.GetInt64(0)].ToList()),
            values);
    }
}
