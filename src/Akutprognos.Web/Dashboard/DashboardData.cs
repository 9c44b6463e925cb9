using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.Storage.Forecasts;
using Akutprognos.Storage.Staffing;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Pipeline.Inputs;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Web.Settings;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Akutprognos.Web.Dashboard;

/// <summary>A card of the Tomorrow page: one ED or the region.</summary>
/// <param name="Series">The series' key: a site's name, or a region's (<see cref="SeriesId.Key"/>).</param>
/// <param name="Forecast">The stored forecast, or null when none is stored for that day.</param>
/// <param name="Usual">Mean of the same weekday over the eight weeks before; NaN without data.</param>
/// <param name="Name">The display name an admin gave the ED, or null to show its code.</param>
/// <param name="Notes">How the stored forecast was made (the factor it was scaled by to add up to the region); none without a forecast.</param>
public sealed record SiteCard(string Series, DayForecast? Forecast, double Usual, string? Name = null, ForecastNotes? Notes = null)
{
    public bool IsRegion => SeriesId.IsRegionKey(Series);

    /// <summary>The name people read: <see cref="SiteNames.RegionLabel"/> for the region, else the display name or the code.</summary>
    public string Shown => IsRegion ? SiteNames.RegionLabel : Name ?? Series;
}

/// <summary>
/// What the pages show, read from the database. The daily series behind "usual" and accuracy take a full
/// scan of the arrivals, so they are kept for a few minutes and dropped when a run or an import changes them.
/// </summary>
public sealed class DashboardData(AkutprognosDatabase database, WebAppOptions options, IMemoryCache cache, TimeProvider clock)
{
    const string SeriesKey = "daily-series";
    const string CardsKey = "cards";
    const string StaffingKey = "staffing";

    // Everything kept expires together when this is cancelled: after a run or an import.
    CancellationTokenSource generation = new();

    /// <summary>Ties a kept entry to the current generation, so <see cref="Refresh"/> drops it.</summary>
    internal void Expire(ICacheEntry entry)
    {
        entry.AbsoluteExpirationRelativeToNow = Keep;
        entry.AddExpirationToken(new CancellationChangeToken(generation.Token));
    }
    static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    public TimeZoneInfo Zone => options.Zone;

    /// <summary>Today in the app's zone.</summary>
    public DateOnly Today => LocalDays.DateOf(clock.GetUtcNow(), options.Zone);

    public DateOnly Tomorrow => Today.AddDays(1);

    /// <summary>Daily arrivals per site and region as the models see them (<see cref="ModelInputs"/>: incomplete days left out).</summary>
    public IReadOnlyList<DailySeries> Series() => [.. Inputs().Series.Select(s => s.Series)];

    /// <summary>The series as the models see them, with the sites' configuration (kept like <see cref="Series"/>).</summary>
    public ModelInputs Inputs() =>
        cache.GetOrCreate(SeriesKey, entry =>
        {
            Expire(entry);
            return ModelInputs.Read(database, SiteSetup.Load(database, options.Overrides));
        })!;

    /// <summary>
    /// Why the series <paramref name="key"/> has no forecast for <paramref name="date"/>, in a sentence that says what to do:
    /// the pipeline's own reason when the data cannot support it, else that the run has not made it yet.
    /// </summary>
    public string WhyNoForecast(string key, DateOnly date)
    {
        var inputs = Inputs();
        var id = SeriesId.FromKey(key);
        if (inputs.Skipped.FirstOrDefault(s => s.Id == id) is { } skipped)
        {
            return skipped.Reason;
        }
        return inputs.Series.FirstOrDefault(s => s.Id == id) is { } series
            ? ModelInputs.Usable(series, date) ?? "Not made yet: the nightly run makes it, or a planner starts it now on the Schedule page."
            : "No arrivals are stored for it: import them first (akutprognos ingest arrivals, or the push API).";
    }

    /// <summary>The cards for <paramref name="date"/>: the region first, then every ED by name, with or without a stored forecast.</summary>
    public IReadOnlyList<SiteCard> Cards(DateOnly date) =>
        // The API answers this many times a second; a run or an import drops it (Refresh).
        cache.GetOrCreate((CardsKey, date), entry =>
        {
            Expire(entry);
            // Short, so a forecast stored by another process (the forecast command) shows within half a minute.
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return ReadCards(date);
        })!;

    IReadOnlyList<SiteCard> ReadCards(DateOnly date)
    {
        var stored = database.LoadForecasts(date).ToDictionary(f => f.Series, StringComparer.Ordinal);
        var shown = Names();
        var notes = database.ForecastHistory(date, date).ToDictionary(f => f.Forecast.Series, f => f.Notes, StringComparer.Ordinal);
        var series = Series();
        var names = series.Select(s => s.Name).Concat(stored.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(n => SeriesId.IsRegionKey(n) ? 0 : 1).ThenBy(n => n, StringComparer.CurrentCulture);
        return [.. names.Select(name =>
        {
            var history = series.FirstOrDefault(s => s.Name == name);
            return new SiteCard(name, stored.GetValueOrDefault(name), history is null ? double.NaN : NightlyForecast.Usual(history, date) ?? double.NaN, shown.DisplayName(name), notes.GetValueOrDefault(name));
        })];
    }

    /// <summary>The names people read for the EDs, as the admins set them now (not kept: a rename shows at once).</summary>
    public SiteNames Names() => SiteNames.From(database.Sites.All());

    /// <summary>The stored staffing plan of <paramref name="date"/> summarised per site and role; empty without a plan.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RoleStaffing>> Staffing(DateOnly date) => RoleStaffing.PerSite(StaffingHours(date));

    /// <summary>The stored staffing plan's hours of <paramref name="date"/>, every site and role; empty without a plan.</summary>
    public IReadOnlyList<StoredStaffingHour> StaffingHours(DateOnly date) =>
        cache.GetOrCreate((StaffingKey, date), entry =>
        {
            Expire(entry);
            // As short as the cards: the staffing command may store a plan while the app runs.
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return database.StaffingHours(date);
        })!;

    /// <summary>The evening nowcasts stored for <paramref name="date"/> of one series (or the region), in order of issue.</summary>
    public IReadOnlyList<StoredNowcast> Nowcasts(string series, DateOnly date) =>
        [.. database.Nowcasts(date).Where(n => n.Forecast.Series == series).OrderBy(n => n.IssueHour)];

    /// <summary>Arrivals of <paramref name="site"/> (or the region) per local hour of <paramref name="date"/>; empty when none stored.</summary>
    public IReadOnlyDictionary<DateTimeOffset, int> HourlyActuals(string site, DateOnly date)
    {
        var start = LocalDays.StartOf(date, options.Zone);
        var end = LocalDays.StartOf(date.AddDays(1), options.Zone);
        var id = SeriesId.FromKey(site);
        var members = id.IsRegion ? SiteSetup.Load(database).Members(id).ToHashSet(StringComparer.Ordinal) : [site];
        // Only the day's hours: the site's whole history would be read for one day otherwise.
        var rows = database.HourlyArrivals(id.IsRegion ? null : site, start, end);
        return rows.Where(r => members.Contains(r.Site))
            .GroupBy(r => r.Hour)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
    }

    /// <summary>Drops what is kept, after a run or an import.</summary>
    public void Refresh()
    {
        var old = Interlocked.Exchange(ref generation, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }
}
