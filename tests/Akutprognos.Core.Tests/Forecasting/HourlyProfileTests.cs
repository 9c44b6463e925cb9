using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class HourlyProfileTests
{
    static readonly TimeZoneInfo Zone = LocalDays.Stockholm;

    static HourlyProfile Profile()
    {
        // Four weeks of history with twice as many arrivals per hour from 12:00 as before.
        var start = new DateOnly(2024, 3, 1);
        var history = Enumerable.Range(0, 28).SelectMany(d => LocalDays.HoursOf(start.AddDays(d), Zone))
            .Select(h => new HourlyArrivals("s", h, TimeZoneInfo.ConvertTime(h, Zone).Hour >= 12 ? 20 : 10));
        return HourlyProfile.FromHistory(history, Zone, start.AddDays(28), weeks: 4);
    }

    [Theory]
    [InlineData("2024-03-31", 23)]
    [InlineData("2024-10-27", 25)]
    [InlineData("2024-06-10", 24)]
    public void Split_DstDays_HasEveryLocalHourAndSumsToDay(string date, int hours)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var split = Profile().Split(day, 240, new(200, 280), new(180, 300), Zone);

        Assert.Equal(hours, split.Count);
        Assert.Equal(240, split.Sum(h => h.Mean), 6);
        Assert.Equal(LocalDays.HoursOf(day, Zone), split.Select(h => h.Hour));
        Assert.All(split, h => Assert.True(h.Interval80.Lower <= h.Mean && h.Mean <= h.Interval80.Upper));
    }

    [Fact]
    public void Split_AfternoonHeavyHistory_AfternoonHoursTwiceMorning()
    {
        var split = Profile().Split(new DateOnly(2024, 6, 10), 360, new(300, 420), new(280, 440), Zone);
        var local = split.ToDictionary(h => TimeZoneInfo.ConvertTime(h.Hour, Zone).Hour, h => h.Mean);

        Assert.Equal(2 * local[9], local[15], 6);
        Assert.Equal(10, local[9], 6); // 360 / (12·1 + 12·2) · 1
    }
}
