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
    public static IReadOnlyList<DailySeries> Build(IEnumerable<DailyArrivals> daily)
    {
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
        return [.. sites.Where(s => s.Name != DayForecast.RegionSeries), DailySeries.Sum(DayForecast.RegionSeries, sites)];
    }

    /// <summary>Hourly arrivals summed per site and local date; the DST days have 23 or 25 hours in their sums.</summary>
    public static IEnumerable<DailyArrivals> ByLocalDate(IEnumerable<HourlyArrivals> hourly, TimeZoneInfo zone) =>
        hourly
            .GroupBy(h => (h.Site, Date: LocalDays.DateOf(h.Hour, zone)))
            .Select(g => new DailyArrivals(g.Key.Site, g.Key.Date, g.Sum(h => h.Count)));
}
