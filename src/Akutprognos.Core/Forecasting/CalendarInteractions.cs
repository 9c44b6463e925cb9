using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Calendar columns beyond <see cref="CalendarFeatures"/>, for the models that have the data to afford them: a holiday
/// on a Monday or Friday (a long weekend, unlike a midweek holiday), the Tuesday after a Monday holiday, school
/// breaks (<see cref="SchoolBreaks"/>), and the five days of the year that differ most from any other holiday in
/// most countries — 24, 25, 26 and 31 December and 1 January — each with its own effect.
/// </summary>
public static class CalendarInteractions
{
    static readonly (int Month, int Day)[] OwnDays = [(12, 24), (12, 25), (12, 26), (12, 31), (1, 1)];

    /// <summary>Number of columns <see cref="Fill"/> writes.</summary>
    public static int Count => 3 + OwnDays.Length;

    /// <summary>Writes the columns for <paramref name="day"/> of a calendar named <paramref name="calendarName"/> into <paramref name="row"/> from column 0.</summary>
    public static void Fill(CalendarDay day, string calendarName, Span<double> row)
    {
        row[..Count].Clear();
        var weekday = ((int)day.Date.DayOfWeek + 6) % 7; // Monday = 0
        row[0] = day.IsHoliday && weekday is 0 or 4 ? 1 : 0;
        row[1] = day.IsDayAfterHoliday && weekday == 1 ? 1 : 0;
        row[2] = SchoolBreaks.IsBreak(calendarName, day.Date) ? 1 : 0;
        for (var i = 0; i < OwnDays.Length; i++)
        {
            row[3 + i] = day.Date.Month == OwnDays[i].Month && day.Date.Day == OwnDays[i].Day ? 1 : 0;
        }
    }
}
