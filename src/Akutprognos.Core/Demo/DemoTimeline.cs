using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Demo;

/// <summary>One local day: its calendar facts and its UTC hours with their local hour of day.</summary>
internal sealed record DemoDay(CalendarDay Calendar, IReadOnlyList<DateTimeOffset> Hours, IReadOnlyList<int> LocalHours)
{
    public DateOnly Date => Calendar.Date;

    /// <summary>Holidays and eves run on a Sunday rhythm.</summary>
    public bool IsWeekendLike =>
        Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || Calendar.IsHoliday || Calendar.IsEve;
}

/// <summary>The local days of a demo, computed once and shared by arrivals and web traffic.</summary>
internal static class DemoTimeline
{
    /// <summary>Every local day from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static DemoDay[] Days(DateOnly first, DateOnly last, TimeZoneInfo zone, IHolidayCalendar calendar)
    {
        var days = new DemoDay[last.DayNumber - first.DayNumber + 1];
        for (var i = 0; i < days.Length; i++)
        {
            var date = first.AddDays(i);
            var hours = LocalDays.HoursOf(date, zone);
            var local = new int[hours.Count];
            for (var j = 0; j < local.Length; j++)
            {
                local[j] = TimeZoneInfo.ConvertTime(hours[j], zone).Hour;
            }
            days[i] = new DemoDay(calendar.Describe(date), hours, local);
        }
        return days;
    }
}
