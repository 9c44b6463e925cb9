using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Akutprognos.Core.Board.Summaries;

/// <summary>
/// The meeting as an iCalendar (RFC 5545) invitation, METHOD:REQUEST, built with Ical.Net. The UID stays
/// the meeting's own and SEQUENCE is <see cref="Meeting.Sequence"/>, so when the time or place changes
/// (<see cref="Meeting.Rescheduled"/>) a calendar replaces the earlier invitation instead of adding one.
/// A monthly meeting recurs on the same weekday of the month (the second Tuesday; a fifth weekday
/// becomes "the last"). Times are written in the meeting's time zone with its VTIMEZONE, which carries the zone's
/// STANDARD and DAYLIGHT rules (offsets and yearly RRULEs from the tz database), so calendars that do not know the
/// zone's name still place the meeting right across daylight-saving changes. The board's address, when given, is
/// in the description and the URL.
/// </summary>
public static class MeetingInvitation
{
    /// <summary>The .ics text for <paramref name="meeting"/>, stamped <paramref name="stamp"/> (DTSTAMP: when the invitation is sent).</summary>
    public static string Ics(Meeting meeting, DateTimeOffset stamp, Uri? board = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZone);
        var localStart = TimeZoneInfo.ConvertTime(meeting.Start, zone).DateTime;
        var calendar = new Ical.Net.Calendar { Method = "REQUEST", ProductId = "-//Akutprognos//Tvärgrupp//SV" };
        // The rules in force from the meeting's start on; a recurring meeting keeps them year after year.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(meeting.TimeZone, localStart.AddDays(-1), includeHistoricalData: false));
        var meetingEvent = new CalendarEvent
        {
            Uid = meeting.Uid,
            Sequence = meeting.Sequence,
            Summary = meeting.Title,
            DtStart = new CalDateTime(localStart, meeting.TimeZone),
            DtEnd = new CalDateTime(localStart.AddMinutes(meeting.DurationMinutes), meeting.TimeZone),
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
            Location = Labels.Place(meeting),
            Url = board ?? meeting.VideoLink,
            Description = "Tvärgruppen: varje avdelning tar med en aktuell utmaning. Skriv gärna ditt kort i förväg på tavlan."
                + (board is null ? "" : "\nTavlan: " + board),
        };
        if (meeting.RepeatsMonthly)
        {
            var nth = (localStart.Day - 1) / 7 + 1;
            meetingEvent.RecurrenceRule = new RecurrencePattern(FrequencyType.Monthly)
            {
                ByDay = [new WeekDay(localStart.DayOfWeek, nth >= 5 ? -1 : nth)],
            };
        }
        foreach (var participant in meeting.Participants)
        {
            var address = new Uri("mailto:" + participant.Email);
            if (participant.Role == BoardRole.Moderator && meetingEvent.Organizer is null)
            {
                meetingEvent.Organizer = new Organizer(address.ToString()) { CommonName = participant.Name };
            }
            meetingEvent.Attendees.Add(new Attendee(address)
            {
                CommonName = participant.Name,
                Role = participant.Role == BoardRole.Moderator ? ParticipationRole.Chair : ParticipationRole.RequiredParticipant,
                ParticipationStatus = EventParticipationStatus.NeedsAction,
                Rsvp = true,
            });
        }
        calendar.Events.Add(meetingEvent);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
