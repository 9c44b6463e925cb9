using Akutprognos.Core.Forecasting;
using Akutprognos.Pipeline.Backtests;
using Akutprognos.Storage;
using Akutprognos.Storage.Forecasts;

namespace Akutprognos.Pipeline.Forecasts;

/// <summary>
/// Past nights' forecasts as the nightly run stores them, taken from a backtest of each series: the backtest's selected
/// forecasts are made exactly as the nightly run makes its own (the same race, from data before each day), reconciled to
/// the region and stored with the calendar benchmark. The demo uses it so that a new region has weeks of stored forecasts
/// for the Accuracy page. The hours are left out: only the days are scored.
/// </summary>
public static class PastForecasts
{
    /// <summary>Stores the last <paramref name="days"/> test days of each backtest; returns the number of days stored.</summary>
    public static int Store(AkutprognosDatabase database, BacktestReport report, int days)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Runs.SelectMany(s =>
        {
            var n = s.Context.ActualLength;
            var recent = s.Result.SelectedForecasts.TakeLast(days).Where(d => double.IsFinite(d.Outcome.Mean)).ToList();
            var calendar = CalendarBenchmark.Means(s.Context, n - recent.Count, n);
            return recent.Select((d, i) => new ForecastLine(
                new DayForecast(s.Result.Series, d.Date, d.Model, d.Outcome.Mean, d.Outcome.Interval80, d.Outcome.Interval95, d.Outcome.Fallback, []),
                s.Series.Shown, null, new Dictionary<string, double>(), new ForecastNotes(null, calendar[i])));
        });
        var series = report.Runs.Select(r => r.Series).ToList();
        var nights = lines.GroupBy(l => l.Forecast.Date).OrderBy(g => g.Key).ToList();
        foreach (var night in nights)
        {
            var reconciled = NightlyForecast.Reconcile([.. night], series);
            database.SaveForecasts([.. reconciled.Select(l => l.Forecast)], reconciled.ToDictionary(l => l.Forecast.Series, l => l.Notes ?? ForecastNotes.None));
        }
        return nights.Count;
    }
}
