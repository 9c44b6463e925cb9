using System.Diagnostics;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;

namespace Akutprognos.Core.Tests.Demo;

/// <summary>One demo region (seed 2015, ending 30 Sep 2025) shared by the demo tests, with daily sums precomputed.</summary>
public sealed class DemoFixture
{
    public static readonly DateOnly LastDay = new(2025, 9, 30);

    public DemoFixture()
    {
        var stopwatch = Stopwatch.StartNew();
        Data = DemoRegion.Generate(Options, Calendar);
        Elapsed = stopwatch.Elapsed;

        RegionByDay = Data.Arrivals.GroupBy(a => LocalDays.DateOf(a.Hour, Zone)).ToDictionary(g => g.Key, g => g.Sum(a => (double)a.Count));
        var evenings = Data.Visitors.Where(v => TimeZoneInfo.ConvertTime(v.Hour, Zone).Hour >= 18).GroupBy(v => LocalDays.DateOf(v.Hour, Zone));
        EveningHours = evenings.ToDictionary(g => g.Key, g => g.Count());
        EveningByDay = evenings.ToDictionary(g => g.Key, g => g.Sum(v => (double)v.Visitors));
        WebByDay = Data.Visitors.GroupBy(v => LocalDays.DateOf(v.Hour, Zone)).ToDictionary(g => g.Key, g => g.Sum(v => (double)v.Visitors));
    }

    public static TimeZoneInfo Zone => LocalDays.Stockholm;

    public static IHolidayCalendar Calendar { get; } = new FixedSwedishCalendar();

    public static DemoOptions Options => new(LastDay);

    public DemoData Data { get; }

    /// <summary>Wall time of the first generation (includes JIT).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Regional arrivals per local day.</summary>
    public Dictionary<DateOnly, double> RegionByDay { get; }

    /// <summary>Web visitors 18–24 local per day.</summary>
    public Dictionary<DateOnly, double> EveningByDay { get; }

    /// <summary>How many evening hours (of 6) have rows.</summary>
    public Dictionary<DateOnly, int> EveningHours { get; }

    /// <summary>Web visitors per local day.</summary>
    public Dictionary<DateOnly, double> WebByDay { get; }
}
