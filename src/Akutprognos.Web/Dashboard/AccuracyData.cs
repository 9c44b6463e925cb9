using Akutprognos.Core.Forecasting;
using Akutprognos.Storage;
using Akutprognos.Core.Series;
using Akutprognos.Pipeline.Backtests;
using Microsoft.Extensions.Caching.Memory;

namespace Akutprognos.Web.Dashboard;

/// <summary>
/// Recent accuracy per series over the last <see cref="Weeks"/> weeks: first the forecasts the nightly runs actually
/// stored, scored against the arrivals that came (<see cref="Stored"/>). On a fresh install, with fewer than
/// <see cref="MinStoredDays"/> such days, the one-day-ahead rolling-origin backtest stands in (<see cref="Backtested"/>),
/// labelled as such: it refits every model weekly, so it is kept for an hour.
/// </summary>
public sealed class AccuracyData(AkutprognosDatabase database, DashboardData dashboard, IMemoryCache cache)
{
    public const int Weeks = 8;

    /// <summary>Fewest scored days of stored forecasts (for some series) before the page shows them instead of the backtest.</summary>
    public const int MinStoredDays = 14;

    const string StoredKey = "accuracy-stored";
    const string BacktestKey = "accuracy";

    /// <summary>The stored forecasts of the last <see cref="Weeks"/> weeks before today, scored per series (region first).</summary>
    public IReadOnlyList<StoredSeriesAccuracy> Stored() =>
        cache.GetOrCreate(StoredKey, entry =>
        {
            dashboard.Expire(entry);
            var today = dashboard.Today;
            // Today is left out: its arrivals are still coming in.
            var stored = database.ForecastHistory(today.AddDays(-7 * Weeks), today.AddDays(-1));
            return StoredAccuracy.Score(stored, dashboard.Series());
        })!;

    /// <summary>Whether enough stored forecasts have met their arrivals to show them rather than the backtest.</summary>
    public bool HasStored => Stored().Any(s => s.Days.Count >= MinStoredDays);

    /// <summary>The most scored days of stored forecasts any series has.</summary>
    public int StoredDays => Stored().Select(s => s.Days.Count).DefaultIfEmpty(0).Max();

    /// <summary>One backtest per series (region first); series too short to test are left out.</summary>
    public IReadOnlyList<SeriesBacktest> Backtested() =>
        cache.GetOrCreate(BacktestKey, entry =>
        {
            dashboard.Expire(entry);
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            var report = SeriesBacktests.Run(dashboard.Inputs().Series, new BacktestOptions(TestDays: Weeks * 7));
            return report.Runs.Select(r => r.Result)
                .OrderBy(b => SeriesId.IsRegionKey(b.Series) ? 0 : 1).ThenBy(b => b.Series, StringComparer.CurrentCulture)
                .ToList();
        })!;
}
