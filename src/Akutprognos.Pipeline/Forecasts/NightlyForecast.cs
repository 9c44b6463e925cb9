using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Pipeline.Inputs;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;
using Akutprognos.Storage.Forecasts;

namespace Akutprognos.Pipeline.Forecasts;

/// <summary>
/// The nightly forecast: the series as the models see them (<see cref="ModelInputs"/>), a day per site and region (each
/// series choosing its own model, as the backtest does), split into hours, the hospitals of each region made to add up
/// to it (<see cref="Reconciliation.TopDown"/>), and stored with the factor each was scaled by and what the calendar
/// benchmark said. A series that cannot be forecast is skipped with its reason; the others are made and stored.
/// Used by the web schedule, the "run now" button and the <c>forecast</c> and <c>demo</c> commands alike.
/// </summary>
public sealed class NightlyForecast(AkutprognosDatabase database, SiteSetup setup)
{
    /// <summary>Weeks of hourly arrivals the hour-of-day profiles are built from.</summary>
    const int ProfileWeeks = 52;

    /// <summary>Forecasts <paramref name="date"/> for every series that can be forecast and stores what was made.</summary>
    public ForecastRun Run(DateOnly date)
    {
        var inputs = ModelInputs.Read(database, setup, forDate: date);
        var skipped = new List<SkippedSeries>(inputs.Skipped);
        if (inputs.Series.Count == 0)
        {
            skipped.Add(new SkippedSeries(SeriesId.TheRegion, setup.Shown(SeriesId.TheRegion),
                $"{database.Description} holds no arrivals yet: import them first ('akutprognos ingest arrivals')"));
            return new ForecastRun(date, [], skipped);
        }
        var outcomes = inputs.Series.AsParallel().AsOrdered().Select(s => Forecast(s, date)).ToList();
        skipped.AddRange(outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!));
        var lines = Reconcile([.. outcomes.Where(o => o.Line is not null).Select(o => o.Line!)], inputs.Series);
        if (lines.Count > 0)
        {
            database.SaveForecasts([.. lines.Select(l => l.Forecast)], lines.ToDictionary(l => l.Forecast.Series, l => l.Notes ?? ForecastNotes.None));
        }
        return new ForecastRun(date, lines, skipped);
    }

    (ForecastLine? Line, SkippedSeries? Skipped) Forecast(ModelSeries series, DateOnly date)
    {
        SkippedSeries Skip(string reason) => new(series.Id, series.Shown, reason);
        var unusable = ModelInputs.Usable(series, date);
        if (unusable is not null || series.ContextFor(date) is not { } context)
        {
            return (null, Skip(unusable ?? $"{series.Shown}: no arrivals before {date:yyyy-MM-dd}"));
        }
        var selected = DailyForecaster.Next(context, ModelCatalog.All, new BacktestOptions());
        if (selected.Value is not { } made)
        {
            return (null, Skip(selected.Reason!));
        }
        var day = made.Forecast;
        // Only the weeks the profiles use: years of hours would be read for nothing.
        var hourly = database.HourlyArrivals(null, LocalDays.StartOf(date.AddDays(-7 * ProfileWeeks), series.Zone), LocalDays.StartOf(date, series.Zone))
            .Where(h => series.Sites.Contains(h.Site));
        var profile = HourlyProfile.FromHistory(hourly, series.Zone, date, ProfileWeeks);
        var hours = profile.Split(date, day.Mean, day.Interval80, day.Interval95, series.Zone);
        var benchmark = CalendarBenchmark.Means(context, context.Length - 1, context.Length)[0];
        return (new ForecastLine(day with { Hours = hours }, series.Shown, Usual(context.Series, date), made.SelectionMape, new ForecastNotes(null, benchmark)), null);
    }

    /// <summary>
    /// Scales the sites of each region so they add up to the region's forecast (<see cref="Reconciliation.TopDown"/>) and
    /// notes the factor on each. A site in several regions is scaled to the first (the default region first); a region
    /// with fewer than two sites forecast leaves its sites as they are.
    /// </summary>
    public static List<ForecastLine> Reconcile(List<ForecastLine> lines, IReadOnlyList<ModelSeries> series)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(series);
        var byKey = lines.ToDictionary(l => l.Forecast.Series, StringComparer.Ordinal);
        var scaled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in series.Where(s => s.Id.IsRegion))
        {
            if (!byKey.TryGetValue(region.Id.Key, out var regionLine))
            {
                continue;
            }
            var sites = region.Sites.Where(s => byKey.ContainsKey(s) && !scaled.Contains(s)).Order(StringComparer.Ordinal).Select(s => byKey[s]).ToList();
            if (sites.Count < 2 || sites.Count != region.Sites.Count)
            {
                continue;
            }
            var factor = Reconciliation.Factor(regionLine.Forecast.Mean, sites.Select(l => l.Forecast.Mean));
            var reconciled = Reconciliation.TopDown(regionLine.Forecast, [.. sites.Select(l => l.Forecast)]);
            for (var i = 0; i < sites.Count; i++)
            {
                var key = sites[i].Forecast.Series;
                byKey[key] = sites[i] with { Forecast = reconciled[i], Notes = (sites[i].Notes ?? ForecastNotes.None) with { RegionScale = factor } };
                scaled.Add(key);
            }
        }
        return [.. lines.Select(l => byKey[l.Forecast.Series])];
    }

    /// <summary>Mean of the same weekday over the eight weeks before <paramref name="date"/>, leaving out weeks without data; null when none has.</summary>
    public static double? Usual(DailySeries history, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(history);
        var same = Enumerable.Range(1, 8)
            .Select(w => history.IndexOf(date.AddDays(-7 * w)))
            .Where(i => i >= 0 && i < history.Length && !double.IsNaN(history[i]))
            .Select(i => history[i])
            .ToList();
        return same.Count == 0 ? null : same.Average();
    }
}
