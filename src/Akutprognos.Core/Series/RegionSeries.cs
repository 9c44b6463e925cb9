using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Series;

/// <summary>A region and the sites it sums.</summary>
/// <param name="Id">The region.</param>
/// <param name="Sites">Names of the sites it counts (ordinal).</param>
public sealed record RegionMembers(SeriesId Id, IReadOnlySet<string> Sites);

/// <summary>Daily series per site and for the region(s) from stored or read arrivals.</summary>
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
        var sites = Sites(daily);
        if (sites is [{ Name: SeriesId.RegionKey }])
        {
            return sites;
        }
        var members = sites.Select(s => s.Name).Where(inRegion).ToHashSet(StringComparer.Ordinal);
        return Build(sites, [new RegionMembers(SeriesId.TheRegion, members)]);
    }

    /// <summary>
    /// One daily series per site, then one per region of <paramref name="regions"/> that has a site with data: the
    /// day-by-day sum over the days all of its sites have. A region whose sites share no day is left out.
    /// </summary>
    public static IReadOnlyList<DailySeries> Build(IEnumerable<DailyArrivals> daily, IReadOnlyList<RegionMembers> regions) =>
        Build(Sites(daily), regions);

    static List<DailySeries> Sites(IEnumerable<DailyArrivals> daily) =>
        [.. daily
            .GroupBy(d => d.Site, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => DailySeries.FromDays(g.Key, g.Select(d => (d.Date, (double)d.Count))))];

    static List<DailySeries> Build(List<DailySeries> sites, IReadOnlyList<RegionMembers> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var result = sites.Where(s => !SeriesId.IsRegionKey(s.Name)).ToList();
        foreach (var region in regions)
        {
            var parts = result.Where(s => region.Sites.Contains(s.Name)).ToList();
            if (parts.Count > 0 && DailySeries.Overlap(parts) is not null)
            {
                result.Add(DailySeries.Sum(region.Id.Key, parts));
            }
        }
        return result;
    }

    /// <summary>Hourly arrivals summed per site and local date; the DST days have 23 or 25 hours in their sums.</summary>
    public static IEnumerable<DailyArrivals> ByLocalDate(IEnumerable<HourlyArrivals> hourly, TimeZoneInfo zone) =>
        hourly
            .GroupBy(h => (h.Site, Date: LocalDays.DateOf(h.Hour, zone)))
            .Select(g => new DailyArrivals(g.Key.Site, g.Key.Date, g.Sum(h => h.Count)));
}
