using System.Data.Common;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Imports;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Arrivals;

/// <summary>Arrival rows checked and converted to their stored form, ready to write in one transaction.</summary>
internal sealed class ArrivalsImport
{
    static readonly UpsertTable Hourly = new("arrivals_hourly", new("site_id", false), new("hour_utc", false), "arrivals");
    static readonly UpsertTable Daily = new("arrivals_daily", new("site_id", false), new("local_date", true), "arrivals");

    readonly List<(string Site, long HourUtc, int Count)> hourly;
    readonly List<(string Site, string Date, int Count)> daily;

    ArrivalsImport(List<(string, long, int)> hourly, List<(string, string, int)> daily)
    {
        this.hourly = hourly;
        this.daily = daily;
    }

    /// <summary>Checks every row before anything is written: a site name, a count of at least zero, an hour on the hour.</summary>
    public static ArrivalsImport From(IReadOnlyCollection<HourlyArrivals> hourly, IReadOnlyCollection<DailyArrivals> daily)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        ArgumentNullException.ThrowIfNull(daily);
        var hourlyRows = hourly.Select((row, i) => (
            SiteName(row.Site, "Hourly", i),
            Instants.HourToEpoch(row.Hour, $"Hourly arrivals row {i + 1}"),
            Checked(row.Count, "Hourly", i))).ToList();
        var dailyRows = daily.Select((row, i) => (
            SiteName(row.Site, "Daily", i),
            Instants.DateToText(row.Date),
            Checked(row.Count, "Daily", i))).ToList();
        return new ArrivalsImport(hourlyRows, dailyRows);
    }

    public int RowsRead => hourly.Count + daily.Count;

    public ImportResult Write(IBackend backend, DbTransaction transaction, string source, long nowUtc)
    {
        var (created, ids) = SiteRegistry.Ensure(transaction, hourly.Select(r => r.Site).Concat(daily.Select(r => r.Site)), nowUtc);
        var h = Upsert.Merge(backend, transaction, Hourly, hourly.Select(r => new StagedRow(ids[r.Site], r.HourUtc, r.Count)));
        var d = Upsert.Merge(backend, transaction, Daily, daily.Select(r => new StagedRow(ids[r.Site], r.Date, r.Count)));
        var result = new ImportResult(created, h.Inserted + d.Inserted, h.Changed + d.Changed, h.Unchanged + d.Unchanged);
        ImportLog.Record(transaction, "arrivals", source, RowsRead, result, nowUtc);
        return result;
    }

    static string SiteName(string? name, string kind, int index) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException($"{kind} arrivals row {index + 1} has no site name.", nameof(name))
            : name.Trim();

    static int Checked(int count, string kind, int index) =>
        count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count), count, $"{kind} arrivals row {index + 1} has a negative count.");
}
