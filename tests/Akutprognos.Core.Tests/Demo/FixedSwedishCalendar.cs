using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Tests.Demo;

/// <summary>Swedish holidays for 2021–2026 from a short table, so the demo tests do not depend on the real calendar.</summary>
internal sealed class FixedSwedishCalendar : IHolidayCalendar
{
    static readonly Dictionary<int, DateOnly> Easter = new()
    {
        [2021] = new(2021, 4, 4), [2022] = new(2022, 4, 17), [2023] = new(2023, 4, 9),
        [2024] = new(2024, 3, 31), [2025] = new(2025, 4, 20), [2026] = new(2026, 4, 5),
    };

    public string Name => "SE 2021–2026 (test table)";

    public CalendarDay Describe(DateOnly date)
    {
        var (name, eve) = Holiday(date);
        var working = IsWorking(date);
        var dayAfter = working && Enumerable.Range(1, 4).Select(date.AddDays).TakeWhile(d => !IsWorking(d)).Any(d => Holiday(d).Name is not null);
        var bridge = working && ((Holiday(date.AddDays(-1)).Name is not null && date.DayOfWeek == DayOfWeek.Friday)
            || (Holiday(date.AddDays(1)).Name is not null && date.DayOfWeek == DayOfWeek.Monday));
        var christmas = (date.Month == 12 && date.Day >= 24) || (date.Month == 1 && date.Day <= 6);
        return new CalendarDay(date, name, name is not null && !eve, eve, dayAfter, bridge, date.Month == 7, christmas);
    }

    static bool IsWorking(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && Holiday(d).Name is null;

    static (string? Name, bool Eve) Holiday(DateOnly d)
    {
        var easter = Easter.TryGetValue(d.Year, out var e) ? e : throw new ArgumentOutOfRangeException(nameof(d), d, "outside the test table");
        var midsummerEve = Enumerable.Range(19, 7).Select(day => new DateOnly(d.Year, 6, day)).Single(x => x.DayOfWeek == DayOfWeek.Friday);
        var allSaints = Enumerable.Range(0, 7).Select(k => new DateOnly(d.Year, 10, 31).AddDays(k)).Single(x => x.DayOfWeek == DayOfWeek.Saturday);
        return (d.Month, d.Day) switch
        {
            (1, 1) => ("Nyårsdagen", false),
            (1, 6) => ("Trettondedag jul", false),
            (5, 1) => ("Första maj", false),
            (6, 6) => ("Nationaldagen", false),
            (12, 24) => ("Julafton", true),
            (12, 25) => ("Juldagen", false),
            (12, 26) => ("Annandag jul", false),
            (12, 31) => ("Nyårsafton", true),
            _ when d == easter.AddDays(-2) => ("Långfredagen", false),
            _ when d == easter.AddDays(-1) => ("Påskafton", true),
            _ when d == easter => ("Påskdagen", false),
            _ when d == easter.AddDays(1) => ("Annandag påsk", false),
            _ when d == easter.AddDays(39) => ("Kristi himmelfärdsdag", false),
            _ when d == midsummerEve => ("Midsommarafton", true),
            _ when d == midsummerEve.AddDays(1) => ("Midsommardagen", false),
            _ when d == allSaints => ("Alla helgons dag", false),
            _ => (null, false),
        };
    }
}
