using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

/// <summary>Small series with known structure for model tests.</summary>
static class TestSeries
{
    public static readonly DateOnly Start = new(2021, 1, 4); // a Monday

    /// <summary>Weekday multipliers, Monday first.</summary>
    public static readonly double[] Weekly = [1.20, 1.05, 1.00, 0.98, 1.02, 0.85, 0.90];

    public static DailySeries Weekly100(int days) =>
        new("site", Start, [.. Enumerable.Range(0, days).Select(i => 100 * Weekly[i % 7])]);

    /// <summary>A calendar without holidays or periods.</summary>
    public sealed class PlainCalendar : IHolidayCalendar
    {
        public string Name => "plain";

        public CalendarDay Describe(DateOnly date) => new(date, null, false, false, false, false, false, false);
    }
}
