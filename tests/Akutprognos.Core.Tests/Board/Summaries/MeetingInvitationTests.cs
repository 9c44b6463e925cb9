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
}
