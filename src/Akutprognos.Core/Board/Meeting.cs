namespace Akutprognos.Core.Board;

/// <summary>
/// One month's meeting of the group: when (an instant and the time zone it is planned in), how long,
/// where (a room, a video link or both), who. <see cref="Sequence"/> counts changes of time or place,
/// for the iCalendar updates; <see cref="Uid"/> stays the same through them.
/// </summary>
public sealed record Meeting
{
    public Meeting(long id, string title, DateTimeOffset start, string timeZone, int durationMinutes, string? room, string? videoLink,
        bool repeatsMonthly, int sequence, string uid, IReadOnlyList<Participant> participants)
    {
        Id = id;
        Title = BoardText.Required(title, "Meeting title");
        Start = start;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(BoardText.Required(timeZone, "Time zone")).Id;
        DurationMinutes = durationMinutes is > 0 and <= 24 * 60
            ? durationMinutes
            : throw new ArgumentOutOfRangeException(nameof(durationMinutes), durationMinutes, "A meeting lasts 1 minute to 24 hours.");
        Room = BoardText.Clean(room, "Room", BoardText.ShortMaximum);
        VideoLink = BoardText.WebLink(videoLink, "Video link");
        if (Room.Length == 0 && VideoLink is null)
        {
            throw new ArgumentException("A meeting needs a room or a video link.", nameof(room));
        }
        RepeatsMonthly = repeatsMonthly;
        Sequence = sequence >= 0 ? sequence : throw new ArgumentOutOfRangeException(nameof(sequence));
        Uid = BoardText.Required(uid, "Meeting uid");
        Participants = participants.GroupBy(p => p.Email, StringComparer.Ordinal).Count() == participants.Count
            ? participants
            : throw new ArgumentException("A participant is listed twice.", nameof(participants));
    }

    /// <summary>The database id; 0 before the meeting is stored.</summary>
    public long Id { get; init; }

    public string Title { get; }

    public DateTimeOffset Start { get; }

    /// <summary>IANA zone the meeting is planned in (Europe/Stockholm); the invitation shows local time there.</summary>
    public string TimeZone { get; }

    public int DurationMinutes { get; }

    /// <summary>Room or address; "" when the meeting is video only.</summary>
    public string Room { get; }

    public Uri? VideoLink { get; }

    /// <summary>The meeting recurs monthly on the same weekday of the month (e.g. the second Tuesday).</summary>
    public bool RepeatsMonthly { get; }

    public int Sequence { get; }

    public string Uid { get; }

    public IReadOnlyList<Participant> Participants { get; }

    public DateTimeOffset End => Start.AddMinutes(DurationMinutes);

    /// <summary>The participant with <paramref name="email"/> (any case), or null.</summary>
    public Participant? Find(string email) =>
        Participants.FirstOrDefault(p => string.Equals(p.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>This meeting at another time or place, its <see cref="Sequence"/> one higher so calendars replace the invitation.</summary>
    public Meeting Rescheduled(DateTimeOffset start, int durationMinutes, string? room, string? videoLink) =>
        new(Id, Title, start, TimeZone, durationMinutes, room, videoLink?.ToString(), RepeatsMonthly, Sequence + 1, Uid, Participants);

    /// <summary>
    /// The next month's meeting of a monthly series: the same weekday of the month (the second Tuesday stays
    /// the second Tuesday; a fifth weekday is read as "the last", as in the invitation's RRULE) at the same local
    /// time, the same length, place and participants, under <paramref name="title"/> and a new <paramref name="uid"/>,
    /// not yet stored (id 0, sequence 0). A local time that the spring change skips moves forward by the gap.
    /// </summary>
    public Meeting NextMonth(string title, string uid)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var local = TimeZoneInfo.ConvertTime(Start, zone).DateTime;
        var nth = (local.Day - 1) / 7 + 1;
        var month = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(1);
        var first = month.AddDays(((int)local.DayOfWeek - (int)month.DayOfWeek + 7) % 7);
        var day = nth >= 5
            ? first.AddDays(7 * ((DateTime.DaysInMonth(month.Year, month.Month) - first.Day) / 7))
            : first.AddDays(7 * (nth - 1));
        var start = Calendar.LocalDays.ToInstant(day.Add(local.TimeOfDay), zone);
        return new Meeting(0, title, start, TimeZone, DurationMinutes, Room, VideoLink?.ToString(), RepeatsMonthly, 0, uid, Participants);
    }
}
