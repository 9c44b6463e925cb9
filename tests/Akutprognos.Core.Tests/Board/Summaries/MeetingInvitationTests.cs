using Akutprognos.Core.Board.Summaries;

namespace Akutprognos.Core.Tests.Board.Summaries;

public sealed class MeetingInvitationTests
{
    static readonly DateTimeOffset Sent = new(2025, 2, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ics_ParsedBack_TimeZoneRecurrenceAndAttendees()
    {
        var ics = MeetingInvitation.Ics(SampleBoard.Meeting(), Sent);

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(("tg-2025-03", 0), (meeting.Uid, meeting.Sequence));
        Assert.Equal("Europe/Stockholm", meeting.DtStart!.TzId);
        Assert.Equal(new DateTime(2025, 3, 11, 13, 0, 0), meeting.DtStart.Value);
        Assert.Contains("RRULE:FREQ=MONTHLY;BYDAY=2TU", ics);
        Assert.Equal(3, meeting.Attendees.Count);
        Assert.Equal("mailto:ines@region.se", meeting.Organizer!.Value!.ToString());
        Assert.Contains("https://video.region.se/tg", meeting.Location);
    }

    [Fact]
    public void Ics_Rescheduled_SameUidHigherSequenceNewTime()
    {
        var moved = SampleBoard.Meeting().Rescheduled(SampleBoard.Start.AddDays(7).AddHours(1), 60, "Rum Ljuset", null);

        var meeting = Ical.Net.Calendar.Load(MeetingInvitation.Ics(moved, Sent))!.Events.Single();

        Assert.Equal(("tg-2025-03", 1), (meeting.Uid, meeting.Sequence));
        Assert.Equal(new DateTime(2025, 3, 18, 14, 0, 0), meeting.DtStart!.Value);
        Assert.Equal(new DateTime(2025, 3, 18, 15, 0, 0), meeting.DtEnd!.Value);
    }

    [Fact]
    public void Ics_TimeZone_HasStandardAndDaylightRulesThatMatchTheZone()
    {
        var ics = MeetingInvitation.Ics(SampleBoard.Meeting(), Sent, new Uri("https://akutprognos.region.se/board/7"));

        // Round trip: Ical.Net reads back one VTIMEZONE with a STANDARD and a DAYLIGHT part, and writes the same text again.
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Stockholm", zone.TzId);
        Assert.Equal(ics, new Ical.Net.Serialization.CalendarSerializer().SerializeToString(calendar));
        Assert.Equal(new Uri("https://akutprognos.region.se/board/7"), calendar.Events.Single().Url);

        // The rules themselves (RFC 5545 3.6.5): offsets and the yearly transitions of the tz database.
        var block = ics[ics.IndexOf("BEGIN:VTIMEZONE", StringComparison.Ordinal)..(ics.IndexOf("END:VTIMEZONE", StringComparison.Ordinal) + 13)].Replace("\r\n", "\n", StringComparison.Ordinal);
        var daylight = Part(block, "DAYLIGHT");
        var standard = Part(block, "STANDARD");
        Assert.Equal(("+0100", "+0200"), (daylight["TZOFFSETFROM"], daylight["TZOFFSETTO"]));
        Assert.Equal(("+0200", "+0100"), (standard["TZOFFSETFROM"], standard["TZOFFSETTO"]));
        var stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        foreach (var (part, month) in new[] { (daylight, "3"), (standard, "10") })
        {
            var rule = part["RRULE"].Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            Assert.Equal(("YEARLY", month, "-1SU"), (rule["FREQ"], rule["BYMONTH"], rule["BYDAY"]));
            // The rule's transition in 2026 (last Sunday of the month, at DTSTART's local time) is where .NET's zone changes offset.
            var start = DateTime.ParseExact(part["DTSTART"], "yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
            var last = new DateTime(2026, int.Parse(month, System.Globalization.CultureInfo.InvariantCulture), 1).AddMonths(1).AddDays(-1);
            var transition = last.AddDays(-(int)last.DayOfWeek).Add(start.TimeOfDay);
            var offsetFrom = TimeSpan.ParseExact(part["TZOFFSETFROM"][1..], "hhmm", System.Globalization.CultureInfo.InvariantCulture);
            var instant = new DateTimeOffset(transition, offsetFrom);
            Assert.Equal(offsetFrom, stockholm.GetUtcOffset(instant.AddMinutes(-1)));
            Assert.NotEqual(offsetFrom, stockholm.GetUtcOffset(instant.AddMinutes(1)));
        }
    }

    static Dictionary<string, string> Part(string block, string name)
    {
        var text = block[(block.IndexOf("BEGIN:" + name, StringComparison.Ordinal) + 6 + name.Length)..block.IndexOf("END:" + name, StringComparison.Ordinal)];
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':', 2)).ToDictionary(l => l[0], l => l[1]);
    }
}
