using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;

namespace Akutprognos.Core.Series;

/// <summary>Daily series per site and for the region from stored or read arrivals.</summary>
public static class RegionSeries
{
    /// <summary>
    /// One daily series per site (hourly rows summed by local date in <paramref name="zone"/>, daily rows as
    /// they are) and the region's "total": the day-by-day sum over the days every site has. A single site
    /// already named "total" is returned alone.
    /// </summary>
    public static IReadOnlyList<DailySeries> Build(IEnumerable<HourlyArrivals> hourly, IEnumerable<DailyArrivals> daily, TimeZoneInfo zone) =>
        Build(ByLocalDate(hourly, zone).Concat(daily));

    /// <summary>As <see cref="Build(IEnumerable{HourlyArrivals}, IEnumerable{DailyArrivals}, TimeZoneInfo)"/>, from daily rows only.</summary>
    public static IReadOnlyList<DailySeries> Build(IEnumerable<DailyArrivals> daily) => Build(daily, _ => true);

    /// <summary>
    /// As <see cref="Build(IEnumerable{DailyArrivals})"/>, with the region summing only the sites <paramref name="inRegion"/>
    /// accepts (an ED of a neighbouring region, say, keeps its own series but stays out of the total). No total when it accepts none.
    /// </summary>
    public static IReadOnlyList<DailySeries> Build(IEnumerable<DailyArrivals> daily, Func<string, bool> inRegion)
    {
        ArgumentNullException.ThrowIfNull(inRegion);
        var sites = daily
            .GroupBy(d => d.Site, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => DailySeries.FromDays(g.Key, g.Select(d => (d.Date, (double)d.Count))))
            .ToList();
        if (sites.Count == 0)
        {
            return [];
        }
        if (sites is [{ Name: DayForecast.RegionSeries }])
        {
            return sites;
        }
        var region = sites.Where(s => inRegion(s.Name)).ToList();
        var named = sites.Where(s => s.Name != DayForecast.RegionSeries);
        return region.Count == 0 ? [.. named] : [.. named, DailySeries.Sum(DayForecast.RegionSeries, region)];
    }

    /// <summary>Hourly arrivals summed per site and local date; the DST days have 23 or 25 hours in their sums.</summary>
    public static IEnumerable<DailyArrivals> ByLocalDate(IEnumerable<HourlyArrivals> hourly, TimeZoneInfo zone) =>
        hourly
            .GroupBy(h => (h.Site, Date: LocalDays.DateOf(h.Hour, zone)))
            .Select(g => new DailyArrivals(g.Key.Site, g.Key.Date, g.Sum(h => h.Count)));
}
