using System.Globalization;
using PublicHoliday;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Swedish school breaks as a simple rule (Stockholm County's): sportlov is ISO week 9, påsklov the week of
/// Annandag påsk, höstlov ISO week 44; only Monday–Friday count (weekends are weekends anyway). Summer and
/// Christmas are covered by <see cref="Calendar.CalendarDay.IsSummer"/> and <see cref="Calendar.CalendarDay.IsChristmasNewYear"/>.
/// Other counties move sportlov between weeks 7 and 10; a series elsewhere still gets a fair fit because the
/// flag is one ridge-penalised coefficient the data can set to zero. Calendars other than "SE" have no breaks here.
/// </summary>
public static class SchoolBreaks
{
    /// <summary>True when <paramref name="date"/> is a school-break weekday under the rule above, for calendar <paramref name="calendarName"/>.</summary>
    public static bool IsBreak(string calendarName, DateOnly date)
    {
        if (calendarName != "SE" || date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }
        var week = ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
        if (week is 9 or 44)
        {
            return true;
        }
        var easterMonday = DateOnly.FromDateTime(SwedenPublicHoliday.Easter(date.Year)).AddDays(1);
        return date >= easterMonday && date < easterMonday.AddDays(5);
    }
}
