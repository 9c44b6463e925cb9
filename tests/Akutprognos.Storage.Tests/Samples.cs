using Akutprognos.Core.Series;

namespace Akutprognos.Storage.Tests;

/// <summary>Small inputs the tests share.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Start = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary><paramref name="hours"/> consecutive hours from <see cref="Start"/> at each site, counts varying by site and hour.</summary>
    public static List<HourlyArrivals> Hourly(int hours, params string[] sites) =>
        sites.SelectMany((site, s) => Enumerable.Range(0, hours)
                .Select(h => new HourlyArrivals(site, Start.AddHours(h), (s * 7 + h * 3) % 17)))
            .ToList();

    public static List<DailyArrivals> Daily(params (string Site, int Day, int Count)[] rows) =>
        rows.Select(r => new DailyArrivals(r.Site, new DateOnly(2024, 4, r.Day), r.Count)).ToList();

    /// <summary>The rows as the database orders them: by site (ordinal), then hour.</summary>
    public static List<HourlyArrivals> Sorted(IEnumerable<HourlyArrivals> rows) =>
        rows.OrderBy(r => r.Site, StringComparer.Ordinal).ThenBy(r => r.Hour).ToList();
}
