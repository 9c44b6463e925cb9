using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The calendar part of a design row: intercept, day of week (Monday is the base), holiday, eve, the
/// day after a holiday, bridge day, July, Christmas–New Year, and yearly seasonality as three Fourier
/// pairs of the day of the year (period 365.25 days).
/// </summary>
public static class CalendarFeatures
{
    const int FourierPairs = 3;

    /// <summary>Number of columns <see cref="Fill"/> writes.</summary>
    public const int Count = 1 + 6 + 6 + 2 * FourierPairs;

    /// <summary>Writes the calendar columns of <paramref name="day"/> into <paramref name="row"/> from column 0.</summary>
    public static void Fill(CalendarDay day, Span<double> row)
    {
        row[..Count].Clear();
        row[0] = 1;
        var weekday = ((int)day.Date.DayOfWeek + 6) % 7; // Monday = 0
        if (weekday > 0)
        {
            row[weekday] = 1;
        }
        row[7] = day.IsHoliday ? 1 : 0;
        row[8] = day.IsEve ? 1 : 0;
        row[9] = day.IsDayAfterHoliday ? 1 : 0;
        row[10] = day.IsBridgeDay ? 1 : 0;
        row[11] = day.IsSummer ? 1 : 0;
        row[12] = day.IsChristmasNewYear ? 1 : 0;
        var angle = 2 * Math.PI * (day.Date.DayOfYear - 1) / 365.25;
        for (var k = 1; k <= FourierPairs; k++)
        {
            row[11 + 2 * k] = Math.Sin(k * angle);
            row[12 + 2 * k] = Math.Cos(k * angle);
        }
    }
}
