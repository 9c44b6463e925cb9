using Akutprognos.Core.Forecasting;
using Akutprognos.Pipeline.Inputs;

namespace Akutprognos.Pipeline.Backtests;

/// <summary>The backtest of one series, with what it stood on.</summary>
/// <param name="Series">The series backtested.</param>
/// <param name="Context">Its context (all days).</param>
/// <param name="Result">The one-day-ahead rolling-origin result.</param>
/// <param name="Nowcast">Accuracy by hour of issue, when asked for; else empty.</param>
/// <param name="SignalNote">When the web signal covers fewer than half of the test days: how many, and which models fell back; else null.</param>
public sealed record SeriesBacktestRun(ModelSeries Series, ForecastContext Context, SeriesBacktest Result, IReadOnlyList<NowcastAccuracy> Nowcast, string? SignalNote);

/// <summary>Every series backtested, and the ones too short to be.</summary>
/// <param name="Runs">One per series that could be backtested, in the order of the inputs.</param>
/// <param name="Skipped">The series left out, with why.</param>
public sealed record BacktestReport(IReadOnlyList<SeriesBacktestRun> Runs, IReadOnlyList<SkippedSeries> Skipped);

/// <summary>
/// "Backtest every series": the one-day-ahead rolling-origin backtest (evaluation.md §1) of each series of
/// <see cref="ModelInputs"/> with every model, in parallel, for the <c>backtest</c> command (file or database), the demo
/// and the Accuracy page alike.
/// </summary>
public static class SeriesBacktests
{
    /// <summary>Backtests each of <paramref name="series"/>; one too short is skipped with its reason.</summary>
    public static BacktestReport Run(IReadOnlyList<ModelSeries> series, BacktestOptions options, bool nowcast = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = series.AsParallel().AsOrdered().Select(s => One(s, options, nowcast)).ToList();
        return new BacktestReport(
            [.. outcomes.Where(o => o.Run is not null).Select(o => o.Run!)],
            [.. outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!)]);
    }

    static (SeriesBacktestRun? Run, SkippedSeries? Skipped) One(ModelSeries series, BacktestOptions options, bool nowcast)
    {
        var needed = options.MinTrainDays + 7;
        if (series.Series.Length < needed)
        {
            return (null, new SkippedSeries(series.Id, series.Shown,
                $"{series.Shown}: {series.Series.Length} days; a backtest needs at least {needed} ({options.MinTrainDays} to train, 7 to test)"));
        }
        var context = series.Context();
        var result = Backtest.Run(context, ModelCatalog.All, options);
        var testStart = context.ActualLength - result.TestDays;
        var scores = nowcast && context.Signal is not null ? NowcastBacktest.Run(context, testStart, context.ActualLength, options.RefitDays) : [];
        return (new SeriesBacktestRun(series, context, result, scores, SignalNote(context, result, testStart)), null);
    }

    /// <summary>Says so when the web signal covers fewer than half of the test days, naming the models that fell back.</summary>
    static string? SignalNote(ForecastContext context, SeriesBacktest result, int testStart)
    {
        var covered = Enumerable.Range(testStart, result.TestDays).Count(d => double.IsFinite(context.Evening(d - 1)));
        if (2 * covered >= result.TestDays)
        {
            return null;
        }
        var signalModels = ModelCatalog.All.Where(m => m.UsesSignal).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var fell = result.Models.Where(m => signalModels.Contains(m.Model) && m.FallbackDays > 0).Select(m => $"{m.Model} ({m.FallbackDays} days)").ToList();
        var what = context.Signal is null
            ? "no web signal is stored for it, so the signal models were not run"
            : fell.Count == 0 ? "no model fell back" : $"fell back to their calendar fits: {string.Join(", ", fell)}";
        return $"the web signal covers {covered} of {result.TestDays} test days; {what}";
    }
}
