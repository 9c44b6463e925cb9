using Akutprognos.Core.Forecasting;

namespace Akutprognos.Cli.Output;

/// <summary>One series' backtest with what the report adds beyond evaluation.md §1's fixed fields.</summary>
/// <param name="Result">The backtest itself.</param>
/// <param name="Reconciled">The selected forecasts after top-down reconciliation with the region (sites only), or null.</param>
/// <param name="Hourly">Accuracy of the hourly split (with <c>--hourly</c> on hourly input), or null.</param>
/// <param name="Nowcast">Accuracy by hour of issue on the evening before (with <c>--nowcast</c> and a signal), or empty.</param>
/// <param name="SignalNote">Why the signal models say little here (the signal covers under half the test days), or null.</param>
/// <param name="Region">The region's code when the database holds several regions; null otherwise and for sites.</param>
sealed record BacktestReport(
    SeriesBacktest Result, Accuracy? Reconciled, HourlyAccuracy? Hourly, IReadOnlyList<NowcastAccuracy> Nowcast, string? SignalNote = null, string? Region = null)
{
    /// <summary>The series as outputs name it: a site's name, or "total" for every region (its code beside it).</summary>
    public string Series => Core.Series.SeriesId.FromKey(Result.Series) is { IsRegion: true } ? Core.Series.SeriesId.RegionKey : Result.Series;
}
