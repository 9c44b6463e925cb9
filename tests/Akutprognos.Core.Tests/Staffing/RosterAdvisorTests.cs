using Akutprognos.Core.Calendar;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Core.Tests.Staffing;

public sealed class RosterAdvisorTests
{
    static readonly DateOnly Day = new(2025, 1, 15);
    static readonly TimeZoneInfo Zone = TimeZoneInfo.Utc;

    static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    static RosterLine Line(DateOnly start, int fromHour, DateOnly end, int toHour, int count, int toMinute = 0) =>
        new("Norrtälje", "doctor", At(start, fromHour), At(end, toHour, toMinute), count);

    [Fact]
    public void Advise_ShortDayAndSurplusNight_CallsInTwoAndReleasesOne()
    {
        var hours = LocalDays.HoursOf(Day, Zone);
        // Doctors at 30 min, 80% in 60 min: 2.5 arrivals an hour need 2 doctors (service level 0.893 with 2), 0.5 need 1;
        // the half-hour lag makes 07:00 and 21:00 need 2 as well.
        var arrivals = hours.Select(h => h.Hour is >= 7 and < 21 ? 2.5 : 0.5).ToArray();
        var policy = StaffingConfiguration.Default.Role("doctor")!;
        var demand = new RoleDemand(policy, arrivals);
        var previous = Day.AddDays(-1);
        var roster = new[]
        {
            Line(previous, 21, Day, 7, 2, toMinute: 30),
            Line(Day, 7, Day, 16, 1),
            Line(Day, 13, Day, 22, 1),
            Line(Day, 21, Day.AddDays(1), 7, 1, toMinute: 30),
        };

        var changes = RosterAdvisor.Advise(hours, demand, roster, ShiftCover.Candidates(Day, hours, policy.Templates, Zone));

        Assert.Equal(2, demand.Required[10]);
        Assert.Equal(1, demand.Required[3]);
        Assert.Equal(
            ["CallIn 07:00 16:00 ×1", "CallIn 13:00 22:00 ×1", "Release 21:00 07:30 ×1"],
            changes.Select(c => $"{c.Action} {c.Start:HH:mm} {c.End:HH:mm} ×{c.Count}"));
        var release = changes[^1];
        Assert.Equal(7, release.HoursAffected);
        Assert.Equal(3.5, release.ExpectedArrivals, 9);
        Assert.True(release.WorstBefore > release.WorstAfter && release.WorstAfter >= 0.8);
        var callIn = changes[0];
        Assert.True(callIn.WorstBefore < 0.8 && callIn.WorstAfter >= 0.8);
    }

    [Fact]
    public void Advise_RosterMeetsNeedExactly_ChangesNothing() => Assert.Empty(AdviseOneOfEachShift(tonight: 1));

    [Fact]
    public void Advise_SurplusOnTheNightIntoTomorrow_IsNotReleased() => Assert.Empty(AdviseOneOfEachShift(tonight: 3));

    /// <summary>Advice for a low, flat demand against one doctor on each shift of the day and <paramref name="tonight"/> on the night into tomorrow.</summary>
    static IReadOnlyList<RosterChange> AdviseOneOfEachShift(int tonight)
    {
        var hours = LocalDays.HoursOf(Day, Zone);
        var policy = StaffingConfiguration.Default.Role("doctor")!;
        var demand = new RoleDemand(policy, [.. hours.Select(_ => 0.5)]);
        var roster = new[]
        {
            Line(Day.AddDays(-1), 21, Day, 7, 1, toMinute: 30),
            Line(Day, 7, Day, 16, 1),
            Line(Day, 13, Day, 22, 1),
            Line(Day, 21, Day.AddDays(1), 7, tonight, toMinute: 30),
        };
        return RosterAdvisor.Advise(hours, demand, roster, ShiftCover.Candidates(Day, hours, policy.Templates, Zone));
    }
}
