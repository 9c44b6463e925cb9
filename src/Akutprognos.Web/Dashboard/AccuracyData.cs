using Akutprognos.Core.Forecasting;
using Akutprognos.Storage;
using Akutprognos.Web.Schedule;
using Microsoft.Extensions.Caching.Memory;

namespace Akutprognos.Web.Dashboard;

/// <summary>
/// Recent accuracy per series: the one-day-ahead rolling-origin backtest (<see cref="Backtest"/>) over the
/// last <see cref="Weeks"/> weeks, the production model chosen before that period as the nightly run does,
/// against the calendar and seasonal-naive benchmarks. Kept for an hour: it refits every model weekly.
/// </summary>
public sealed class AccuracyData(AkutprognosDatabase database, DashboardData dashboard, WebAppOptions options, IMemoryCache cache)
{
    public const int Weeks = 8;
    const string Key = "accuracy";

    /// <summary>One backtest per series (region first); series too short to test are left out.</summary>
    public IReadOnlyList<SeriesBacktest> Recent() =>
        cache.GetOrCreate(Key, entry =>
        {
            dashboard.Expire(entry);
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            var calendar = options.Holidays;
            var visitors = database.Visitors(ForecastJob.Signal);
            var evenings = visitors.Count == 0 ? null : EveningSignal.FromHours(visitors, options.Zone);
            var testOptions = new BacktestOptions(TestDays: Weeks * 7);
            return dashboard.Series()
                .Where(s => s.Length >= testOptions.MinTrainDays + 7)
                .AsParallel().AsOrdered()
                .Select(s => Backtest.Run(new ForecastContext(s, calendar, evenings), ModelCatalog.All, testOptions))
                .OrderBy(b => b.Series == DayForecast.RegionSeries ? 0 : 1).ThenBy(b => b.Series, StringComparer.CurrentCulture)
                .ToList();
        })!;
}
