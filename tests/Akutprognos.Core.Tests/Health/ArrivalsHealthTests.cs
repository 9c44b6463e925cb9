using Akutprognos.Core.Calendar;
using Akutprognos.Core.Health;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Health;

public sealed class ArrivalsHealthTests
{
    static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly TimeZoneInfo Zone = LocalDays.Stockholm;

    /// <summary><paramref name="days"/> days of a steady site: 12 arrivals every hour, times <paramref name="level"/> from day <paramref name="shiftDay"/>.</summary>
    static List<HourlyArrivals> Steady(int days, int shiftDay = int.MaxValue, double level = 1) =>
        [.. Enumerable.Range(0, days * 24).Select(h => new HourlyArrivals("A", Start.AddHours(h), (int)(12 * (h / 24 >= shiftDay ? level : 1))))];

    static DateTimeOffset Now(List<HourlyArrivals> hours) => hours[^1].Hour.AddHours(2);

    [Fact]
    public void Check_SteadySite_FindsNothing()
    {
        var hours = Steady(60);

        Assert.Empty(ArrivalsHealth.Check("A", hours, null, Now(hours), Zone));
    }

    [Fact]
    public void Check_TwoEmptyHoursAtBusySite_OneGapOverExactlyThoseHours()
    {
        var hours = Steady(60);
        hours[500] = hours[500] with { Count = 0 };
        hours[501] = hours[501] with { Count = 0 };

        var gap = Assert.Single(ArrivalsHealth.Check("A", hours, null, Now(hours), Zone));

        Assert.Equal((HealthKind.Gap, Start.AddHours(500), Start.AddHours(502)), (gap.Kind, gap.Start, gap.End));
    }

    [Fact]
    public void Check_OneEmptyHourWhereFewAreUsual_IsNoGap()
    {
        var hours = Steady(60).Select(h => h with { Count = 2 }).ToList();
        hours[500] = hours[500] with { Count = 0 };

        Assert.Empty(ArrivalsHealth.Check("A", hours, null, Now(hours), Zone));
    }

    [Fact]
    public void Check_LevelHalvesFromDay40_OneLevelChangeDatedThatDay()
    {
        var hours = Steady(70, shiftDay: 40, level: 0.5);

        var change = Assert.Single(ArrivalsHealth.Check("A", hours, null, Now(hours), Zone));

        Assert.Equal(HealthKind.LevelChange, change.Kind);
        Assert.Equal(LocalDays.DateOf(Start.AddDays(40), Zone), LocalDays.DateOf(change.Start, Zone));
    }

    [Fact]
    public void Check_NothingForTwoDays_LateFeedFromNewestHour()
    {
        var hours = Steady(30);

        var late = Assert.Single(ArrivalsHealth.Check("A", hours, null, hours[^1].Hour.AddDays(2), Zone));

        Assert.Equal((HealthKind.LateFeed, hours[^1].Hour.AddHours(1)), (late.Kind, late.Start));
    }
}
