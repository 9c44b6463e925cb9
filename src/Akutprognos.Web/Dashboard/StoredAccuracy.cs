using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Forecasts;

namespace Akutprognos.Web.Dashboard;

/// <summary>
/// How the forecasts the nightly runs stored did against the arrivals that came, for one series: each scored day,
/// the accuracy of the stored forecasts (<see cref="Accuracy.Score"/>: MAPE, MAE, interval coverage), the calendar
/// benchmark's MAPE on the days its forecast was stored too, and both MAPEs over the trailing <see cref="StoredAccuracy.RollingDays"/> days.
/// </summary>
/// <param name="Series">The ED, or the region.</param>
/// <param name="Days">The scored days in date order: the stored forecast and the actual.</param>
/// <param name="CalendarMeans">The calendar benchmark stored with each day, aligned with <paramref name="Days"/>; null where not stored.</param>
/// <param name="Scores">The stored forecasts' scores (MASE is not computed: NaN).</param>
/// <param name="CalendarMape">The calendar benchmark's MAPE over the days it was stored for, percent; NaN when never.</param>
/// <param name="CalendarDays">Days with a stored calendar benchmark.</param>
/// <param name="RollingMape">Trailing MAPE of the stored forecasts, aligned with <paramref name="Days"/>; null until the window is full.</param>
/// <param name="RollingCalendarMape">The same for the calendar benchmark.</param>
public sealed record StoredSeriesAccuracy(
    string Series, IReadOnlyList<DatedForecast> Days, IReadOnlyList<double?> CalendarMeans, Accuracy Scores,
    double CalendarMape, int CalendarDays, IReadOnlyList<double?> RollingMape, IReadOnlyList<double?> RollingCalendarMape)
{
    /// <summary>The model of the latest stored forecast.</summary>
    public string LatestModel => Days.Count == 0 ? "" : Days[^1].Model;
}

/// <summary>Scores the stored nightly forecasts against the stored arrivals.</summary>
public static class StoredAccuracy
{
    /// <summary>Days in the trailing MAPE.</summary>
    public const int RollingDays = 7;

    /// <summary>
    /// One result per series that has arrivals (the region first, then by name): the stored forecasts of
    /// <paramref name="stored"/> whose day has a known actual in <paramref name="series"/>.
    /// </summary>
    public static IReadOnlyList<StoredSeriesAccuracy> Score(IReadOnlyList<StoredForecast> stored, IReadOnlyList<DailySeries> series)
    {
        var byName = stored.ToLookup(s => s.Forecast.Series, StringComparer.Ordinal);
        return [.. series
            .OrderBy(s => SeriesId.IsRegionKey(s.Name) ? 0 : 1).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => Score(s, byName[s.Name]))];
    }

    static StoredSeriesAccuracy Score(DailySeries series, IEnumerable<StoredForecast> stored)
    {
        var scored = stored
            .Select(f => (Forecast: f, Index: series.IndexOf(f.Forecast.Date)))
            .Where(x => x.Index >= 0 && x.Index < series.Length && !double.IsNaN(series[x.Index]))
            .OrderBy(x => x.Forecast.Forecast.Date)
            .ToList();
        List<DatedForecast> days = [.. scored.Select(x =>
        {
            var f = x.Forecast.Forecast;
            return new DatedForecast(f.Date, series[x.Index], new ForecastOutcome(f.Mean, f.Interval80, f.Interval95, f.Fallback), f.Model);
        })];
        List<double?> calendar = [.. scored.Select(x => x.Forecast.Notes.CalendarMean)];
        var actuals = days.Select(d => d.Actual).ToList();
        var scores = Accuracy.Score("stored", actuals, [.. days.Select(d => d.Outcome)], double.NaN);
        List<double?> modelErrors = [.. days.Select(d => Ape(d.Actual, d.Outcome.Mean))];
        List<double?> calendarErrors = [.. days.Select((d, i) => calendar[i] is { } c ? Ape(d.Actual, c) : null)];
        var known = calendarErrors.Where(e => e is not null).Select(e => e!.Value).ToList();
        return new StoredSeriesAccuracy(series.Name, days, calendar, scores,
            known.Count == 0 ? double.NaN : known.Average(), calendar.Count(c => c is not null),
            Rolling(modelErrors), Rolling(calendarErrors));
    }

    /// <summary>Absolute percentage error; null for a zero actual (left out of MAPE, as <see cref="Accuracy.Score"/> does).</summary>
    static double? Ape(double actual, double forecast) => actual == 0 ? null : 100 * Math.Abs(actual - forecast) / actual;

    static List<double?> Rolling(List<double?> errors) => [.. errors.Select((_, i) =>
    {
        if (i < RollingDays - 1)
        {
            return null;
        }
        var window = errors.Skip(i - RollingDays + 1).Take(RollingDays).Where(e => e is not null).Select(e => e!.Value).ToList();
        return window.Count == 0 ? (double?)null : window.Average();
    })];
}
