using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;

namespace Akutprognos.Pipeline.Inputs;

/// <summary>One series as the models see it: its days, the zone they are counted in, its calendar and the evening signal.</summary>
/// <param name="Id">The site or region.</param>
/// <param name="Shown">The name people read.</param>
/// <param name="Series">Daily arrivals; incomplete days left out.</param>
/// <param name="Zone">The zone of its local days.</param>
/// <param name="Calendar">Its holiday calendar.</param>
/// <param name="Sites">The sites it counts: itself, or the region's members with data.</param>
/// <param name="Evenings">The evening web signal in its zone, or null when no visitors are stored.</param>
public sealed record ModelSeries(
    SeriesId Id, string Shown, DailySeries Series, TimeZoneInfo Zone, IHolidayCalendar Calendar, IReadOnlySet<string> Sites, EveningSignal? Evenings)
{
    /// <summary>Days with a count (the series may have gaps).</summary>
    public int KnownDays => Series.Values.Count(v => !double.IsNaN(v));

    /// <summary>The context for forecasting <paramref name="date"/>: only the days before it; null when none is before it.</summary>
    public ForecastContext? ContextFor(DateOnly date)
    {
        var keep = Math.Min(Series.Length, Series.IndexOf(date));
        if (keep <= 0)
        {
            return null;
        }
        var history = new DailySeries(Series.Name, Series.Start, [.. Series.Values.Take(keep)]);
        return new ForecastContext(history, Calendar, Evenings, date.DayNumber - history.End.DayNumber);
    }

    /// <summary>The context of the whole series, for backtests.</summary>
    public ForecastContext Context() => new(Series, Calendar, Evenings);
}

/// <summary>A series that is left out of a run, and why, in one sentence that says what to do.</summary>
/// <param name="Id">The site or region.</param>
/// <param name="Shown">The name people read.</param>
/// <param name="Reason">Why.</param>
public sealed record SkippedSeries(SeriesId Id, string Shown, string Reason);

/// <summary>
/// The series as the models see them, read one way for every job (nightly forecast, nowcasts, backtests, pages): each
/// site's arrivals summed per local day in the site's own zone, days whose export is not closed left out (they would
/// look like quiet days), each region the sum of its sites, and the evening web signal in each series' zone.
/// </summary>
public sealed class ModelInputs
{
    /// <summary>The web signal the models use.</summary>
    public const string Signal = "all";

    /// <summary>The furthest a forecast may lie beyond the newest complete day of its data.</summary>
    public const int MaxDaysAhead = 7;

    ModelInputs(SiteSetup setup, IReadOnlyList<ModelSeries> series, IReadOnlyList<SkippedSeries> skipped, IReadOnlyList<HourlyVisitors> visitors)
    {
        Setup = setup;
        Series = series;
        Skipped = skipped;
        Visitors = visitors;
    }

    /// <summary>The configuration the series were read with.</summary>
    public SiteSetup Setup { get; }

    /// <summary>The series: sites by name, then the regions (the default one first).</summary>
    public IReadOnlyList<ModelSeries> Series { get; }

    /// <summary>Regions that could not be formed, with why (sites in different zones, no shared days).</summary>
    public IReadOnlyList<SkippedSeries> Skipped { get; }

    /// <summary>The stored visitors of <see cref="Signal"/> (hours before the cut when one was given).</summary>
    public IReadOnlyList<HourlyVisitors> Visitors { get; }

    /// <summary>
    /// Reads the series from <paramref name="database"/>. With <paramref name="forDate"/>, a region sums only the sites that
    /// can be forecast for that day (data ending at most <see cref="MaxDaysAhead"/> days before it, enough history), so one
    /// stale or new site never stops its region; without it (backtests, pages) every member counts. Visitors in hours at
    /// or after <paramref name="signalBefore"/> are left out (a nowcast issued then had not seen them).
    /// </summary>
    public static ModelInputs Read(AkutprognosDatabase database, SiteSetup setup, DateOnly? forDate = null, DateTimeOffset? signalBefore = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(setup);
        var complete = database.CompleteThrough();
        var zones = setup.Sites.Select(s => s.Name).GroupBy(setup.ZoneOf, ZoneComparer.Instance).ToList();
        var daily = new List<DailyArrivals>();
        foreach (var group in zones)
        {
            var names = group.ToHashSet(StringComparer.Ordinal);
            daily.AddRange(database.DailyArrivals(group.Key)
                .Where(d => names.Contains(d.Site) && (!complete.TryGetValue(d.Site, out var through) || d.Date <= through)));
        }
        var visitors = database.Visitors(Signal).Where(v => signalBefore is not { } cut || v.Hour < cut).ToList();
        return From(setup, daily, visitors, forDate);
    }

    /// <summary>As <see cref="Read"/>, from arrivals and visitors already in memory (the file form of the backtest).</summary>
    public static ModelInputs From(SiteSetup setup, IEnumerable<DailyArrivals> daily, IReadOnlyList<HourlyVisitors> visitors, DateOnly? forDate = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var evenings = new Dictionary<string, EveningSignal?>(StringComparer.Ordinal);
        EveningSignal? EveningsIn(TimeZoneInfo zone)
        {
            if (!evenings.TryGetValue(zone.Id, out var signal))
            {
                signal = evenings[zone.Id] = visitors.Count == 0 ? null : EveningSignal.FromHours(visitors, zone);
            }
            return signal;
        }
        var sites = daily
            .GroupBy(d => d.Site, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Where(g => !SeriesId.IsRegionKey(g.Key))
            .Select(g =>
            {
                var id = SeriesId.Site(g.Key);
                var zone = setup.ZoneOf(g.Key);
                return new ModelSeries(id, setup.Shown(id), DailySeries.FromDays(g.Key, g.Select(d => (d.Date, (double)d.Count))),
                    zone, setup.CalendarOf(g.Key), new HashSet<string>(StringComparer.Ordinal) { g.Key }, EveningsIn(zone));
            })
            .ToList();
        var all = new List<ModelSeries>(sites);
        var skipped = new List<SkippedSeries>();
        foreach (var region in setup.Regions.Select(r => r.Id))
        {
            var members = setup.Members(region).ToHashSet(StringComparer.Ordinal);
            var parts = sites.Where(s => members.Contains(s.Id.Name)).ToList();
            if (parts.Count == 0)
            {
                continue;
            }
            if (setup.RegionSettings(region, out var problem) is not { } settings)
            {
                skipped.Add(new SkippedSeries(region, setup.Shown(region), problem!));
                continue;
            }
            if (forDate is { } date)
            {
                parts = [.. parts.Where(p => Usable(p, date) is null)];
                if (parts.Count == 0)
                {
                    skipped.Add(new SkippedSeries(region, setup.Shown(region), $"{setup.Shown(region)}: none of its sites can be forecast for {date:yyyy-MM-dd} (see each site)"));
                    continue;
                }
            }
            if (DailySeries.Overlap([.. parts.Select(p => p.Series)]) is null)
            {
                var spans = string.Join(", ", parts.Select(p => $"{p.Shown} {p.Series.Start:yyyy-MM-dd}–{p.Series.End:yyyy-MM-dd}"));
                skipped.Add(new SkippedSeries(region, setup.Shown(region), $"{setup.Shown(region)}: its sites share no day of data ({spans}): import the missing days"));
                continue;
            }
            var sum = DailySeries.Sum(region.Key, [.. parts.Select(p => p.Series)]);
            all.Add(new ModelSeries(region, setup.Shown(region), sum, settings.Zone, settings.Calendar,
                parts.Select(p => p.Id.Name).ToHashSet(StringComparer.Ordinal), EveningsIn(settings.Zone)));
        }
        return new ModelInputs(setup, all, skipped, visitors);
    }

    /// <summary>The inputs with only the series <paramref name="id"/> (a file's one unnamed series, which is the region's).</summary>
    public static ModelInputs Only(ModelInputs inputs, SeriesId id)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new ModelInputs(inputs.Setup, [.. inputs.Series.Where(s => s.Id == id)], inputs.Skipped, inputs.Visitors);
    }

    /// <summary>
    /// Why <paramref name="series"/> cannot be forecast for <paramref name="date"/> (no days before it, data ending too long
    /// before it, too little history), or null when it can be.
    /// </summary>
    public static string? Usable(ModelSeries series, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(series);
        var s = series.Series;
        if (date <= s.Start)
        {
            return $"{series.Shown}: arrivals start on {s.Start:yyyy-MM-dd}, after {date:yyyy-MM-dd}: forecast a later date";
        }
        var last = s.End < date ? s.End : date.AddDays(-1);
        var gap = date.DayNumber - last.DayNumber;
        if (gap > MaxDaysAhead)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{series.Shown}: arrivals end on {last:yyyy-MM-dd}, {gap:N0} days before {date:yyyy-MM-dd}: forecast a date up to {MaxDaysAhead} days after the data (such as {last.AddDays(1):yyyy-MM-dd}), or import newer data");
        }
        var known = s.Values.Take(s.IndexOf(date)).Count(v => !double.IsNaN(v));
        var needed = new BacktestOptions().MinTrainDays;
        return known < needed
            ? $"{series.Shown}: {known} days of arrivals before {date:yyyy-MM-dd}; a forecast needs at least {needed}: import more history"
            : null;
    }

    sealed class ZoneComparer : IEqualityComparer<TimeZoneInfo>
    {
        public static readonly ZoneComparer Instance = new();

        public bool Equals(TimeZoneInfo? x, TimeZoneInfo? y) => x?.Id == y?.Id;

        public int GetHashCode(TimeZoneInfo obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
