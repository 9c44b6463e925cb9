using System.Data.Common;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Arrivals;

/// <summary>Reads sites and arrivals; names sort byte-wise (ordinal) on both backends.</summary>
internal static class ArrivalsReader
{
    public static List<HourlyArrivals> Hourly(DbConnection connection, string? site)
    {
        const string Select = "SELECT s.name, a.hour_utc, a.arrivals FROM arrivals_hourly a JOIN sites s ON s.id = a.site_id";
        static HourlyArrivals Map(DbDataReader row) => new(row.GetString(0), Instants.HourFromEpoch(row.GetInt64(1)), row.GetInt32(2));
        return site is null
            ? connection.Query($"{Select} ORDER BY s.name, a.hour_utc", Map)
            : connection.Query($"{Select} WHERE s.name = @p0 ORDER BY a.hour_utc", Map, site.Trim());
    }

    /// <summary>As <see cref="Hourly(DbConnection, string?)"/>, only hours in <c>[fromUtc, toUtc)</c> (epoch seconds).</summary>
    public static List<HourlyArrivals> Hourly(DbConnection connection, string? site, long fromUtc, long toUtc)
    {
        const string Select = "SELECT s.name, a.hour_utc, a.arrivals FROM arrivals_hourly a JOIN sites s ON s.id = a.site_id WHERE a.hour_utc >= @p0 AND a.hour_utc < @p1";
        static HourlyArrivals Map(DbDataReader row) => new(row.GetString(0), Instants.HourFromEpoch(row.GetInt64(1)), row.GetInt32(2));
        return site is null
            ? connection.Query($"{Select} ORDER BY s.name, a.hour_utc", Map, fromUtc, toUtc)
            : connection.Query($"{Select} AND s.name = @p2 ORDER BY a.hour_utc", Map, fromUtc, toUtc, site.Trim());
    }

    /// <summary>
    /// Arrivals per site and local date of <paramref name="zone"/>: the hours of each local day summed
    /// (23 or 25 of them on daylight-saving days), and the daily-only totals for dates without hourly rows.
    /// The zone conversion happens here because SQLite has no time zones.
    /// </summary>
    public static List<DailyArrivals> Daily(DbConnection connection, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var totals = new Dictionary<(string Site, DateOnly Date), int>();
        foreach (var hour in Hourly(connection, site: null))
        {
            var key = (hour.Site, LocalDays.DateOf(hour.Hour, zone));
            totals[key] = totals.GetValueOrDefault(key) + hour.Count;
        }
        var dailyOnly = connection.Query(
            "SELECT s.name, d.local_date, d.arrivals FROM arrivals_daily d JOIN sites s ON s.id = d.site_id",
            row => (Site: row.GetString(0), Date: Instants.DateFromText(row.GetString(1)), Count: row.GetInt32(2)));
        foreach (var day in dailyOnly)
        {
            totals.TryAdd((day.Site, day.Date), day.Count);
        }
        return totals
            .OrderBy(total => total.Key.Site, StringComparer.Ordinal)
            .ThenBy(total => total.Key.Date)
            .Select(total => new DailyArrivals(total.Key.Site, total.Key.Date, total.Value))
            .ToList();
    }
}
