using Akutprognos.Core.Forecasting;

namespace Akutprognos.Cli.Output;

/// <summary>One series' backtest with what the report adds beyond evaluation.md §1's fixed fields.</summary>
/// <param name="Result">The backtest itself.</param>
/// <param name="Reconciled">The selected forecasts after top-down reconciliation with the region (sites only), or null.</param>
/// <param name="Hourly">Accuracy of the hourly split (with <c>--hourly</c> on hourly input), or null.</param>
/// <param name="Nowcast">Accuracy by hour of issue on the evening before (with <c>--nowcast</c> and a signal), or empty.</param>
sealed record BacktestReport(SeriesBacktest Result, Accuracy? Reconciled, HourlyAccuracy? Hourly, IReadOnlyList<NowcastAccuracy> Nowcast);
