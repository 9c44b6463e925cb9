using System.Collections.Concurrent;

namespace Akutprognos.Core.Calendar;

/// <summary>
/// The one place where a source of named days becomes <see cref="CalendarDay"/>s: holiday and eve flags,
/// day after a holiday, bridge days, July and Christmas–New Year. Each year is computed once, on first use,
/// into an array indexed by day of year, so <see cref="Describe"/> is an array read after that.
/// </summary>
/// <param name="markedDaysOf">
/// The named days a source reports for a year. May return dates in neighbouring years (observed days);
/// called at most once per year per instance, never concurrently.
/// </param>
/// <param name="julyIsSummer">Whether July is flagged as the summer holiday.</param>
/// <param name="christmasNewYear">Whether 24 December–6 January is flagged as the Christmas–New Year period.</param>
internal sealed class CalendarYears(Func<int, IEnumerable<MarkedDay>> markedDaysOf, bool julyIsSummer, bool christmasNewYear = true)
{
    readonly ConcurrentDictionary<int, CalendarDay[]> years = new();
    readonly Lock building = new();
    volatile YearDays? recent;

    public CalendarDay Describe(DateOnly date)
    {
        var last = recent;
        if (last is not null && last.Year == date.Year)
        {
            return last.Days[date.DayOfYear - 1];
        }
        if (!years.TryGetValue(date.Year, out var days))
        {
            // Sources (PublicHoliday's internal caches) are not documented as thread-safe: build under a lock.
            lock (building)
            {
                days = years.GetOrAdd(date.Year, Build);
            }
        }
        recent = new YearDays(date.Year, days);
        return days[date.DayOfYear - 1];
    }

    CalendarDay[] Build(int year)
    {
        var marks = new Dictionary<DateOnly, (string Name, DayKind Kind)>();
        for (var y = Math.Max(1, year - 1); y <= Math.Min(9999, year + 1); y++)
        {
            foreach (var mark in markedDaysOf(y))
            {
                Merge(marks, mark);
            }
        }

        bool IsMarked(DateOnly d) => marks.TryGetValue(d, out var m) && m.Kind >= DayKind.Eve;
        bool IsOff(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsMarked(d);
        bool IsOffBefore(DateOnly d) => d > DateOnly.MinValue && IsOff(d.AddDays(-1));
        bool IsOffAfter(DateOnly d) => d < DateOnly.MaxValue && IsOff(d.AddDays(1));

        bool FollowsMarkedRun(DateOnly d)
        {
            // Walk back over the days off just before d; a plain weekend holds no marked day.
            for (var p = d; p > DateOnly.MinValue && IsOff(p = p.AddDays(-1));)
            {
                if (IsMarked(p))
                {
                    return true;
                }
            }
            return false;
        }

        var first = new DateOnly(year, 1, 1);
        var days = new CalendarDay[DateTime.IsLeapYear(year) ? 366 : 365];
        for (var i = 0; i < days.Length; i++)
        {
            var date = first.AddDays(i);
            var found = marks.TryGetValue(date, out var mark);
            var working = !IsOff(date);
            days[i] = new CalendarDay(
                date,
                found ? mark.Name : null,
                IsHoliday: found && mark.Kind == DayKind.Holiday,
                IsEve: found && mark.Kind == DayKind.Eve,
                IsDayAfterHoliday: working && FollowsMarkedRun(date),
                // A weekday cannot border two weekend days, so days off on both sides include a holiday or eve.
                IsBridgeDay: working && IsOffBefore(date) && IsOffAfter(date),
                IsSummer: julyIsSummer && date.Month == 7,
                IsChristmasNewYear: christmasNewYear && date is { Month: 12, Day: >= 24 } or { Month: 1, Day: <= 6 });
        }
        return days;
    }

    static void Merge(Dictionary<DateOnly, (string Name, DayKind Kind)> marks, MarkedDay mark)
    {
        if (!marks.TryGetValue(mark.Date, out var existing))
        {
            marks[mark.Date] = (mark.Name, mark.Kind);
            return;
        }
        // Two names on one date (Kristi himmelsfärdsdag on Första maj, 2008): keep both, the stronger kind.
        var names = existing.Name.Split(" / ").Contains(mark.Name, StringComparer.Ordinal)
            ? existing.Name
            : existing.Name + " / " + mark.Name;
        marks[mark.Date] = (names, mark.Kind > existing.Kind ? mark.Kind : existing.Kind);
    }

    sealed record YearDays(int Year, CalendarDay[] Days);
}
