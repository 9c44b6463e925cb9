namespace Akutprognos.Core.Forecasting;

/// <summary>Settings of the rolling-origin backtest.</summary>
/// <param name="TestDays">The test period: the last this many days of the series.</param>
/// <param name="SelectionDays">Days before the test period on which the production model is chosen.</param>
/// <param name="RefitDays">Models are re-estimated every this many days.</param>
/// <param name="MinTrainDays">Fewest days of history before the first forecast.</param>
public sealed record BacktestOptions(int TestDays = 365, int SelectionDays = 365, int RefitDays = 7, int MinTrainDays = 56);

/// <summary>A dated forecast of the selected model in the test period.</summary>
public readonly record struct DatedForecast(DateOnly Date, double Actual, ForecastOutcome Outcome, string Model);

/// <summary>The backtest of one series.</summary>
/// <param name="Series">Site name or "total".</param>
/// <param name="Days">Days in the series.</param>
/// <param name="TestDays">Days in the test period.</param>
/// <param name="PoissonFloorMape">The MAPE a perfect-mean forecast has from Poisson noise alone, percent.</param>
/// <param name="Selected">The model production would run, chosen before the test period.</param>
/// <param name="Models">Every model's accuracy on the test period.</param>
/// <param name="SelectedForecasts">The selected model's forecasts on the test days.</param>
public sealed record SeriesBacktest(
    string Series, int Days, int TestDays, double PoissonFloorMape, string Selected,
    IReadOnlyList<Accuracy> Models, IReadOnlyList<DatedForecast> SelectedForecasts);

/// <summary>
/// One-day-ahead rolling-origin backtest (evaluation.md §1): every model forecasts each day of the test
/// period from data before that day; the model called <c>selected</c> is chosen on the days before
/// the test period only, exactly as the nightly forecast chooses.
/// </summary>
public static class Backtest
{
    /// <summary>
    /// Backtests <paramref name="models"/> on the series of <paramref name="context"/>: every model's accuracy on the last
    /// <see cref="BacktestOptions.TestDays"/> days, and the forecasts of the model chosen on the days before them.
    /// </summary>
    /// <exception cref="ArgumentException">The series is too short for seven test days after <see cref="BacktestOptions.MinTrainDays"/> of training.</exception>
    public static SeriesBacktest Run(ForecastContext context, IReadOnlyList<IForecastModel> models, BacktestOptions options)
    {
        var n = context.ActualLength;
        var testDays = Math.Min(options.TestDays, n - options.MinTrainDays);
        if (testDays < 7)
        {
            throw new ArgumentException(
                $"Series '{context.Series.Name}' has {n} days; a backtest needs at least {options.MinTrainDays + 7} ({options.MinTrainDays} to train, 7 to test).");
        }
        var testStart = n - testDays;
        var selectionStart = ModelRun.SelectionStart(Math.Max(options.MinTrainDays, testStart - options.SelectionDays), testStart);
        // Start early enough that the first test day already has a year of out-of-sample errors for its intervals.
        var from = Math.Max(options.MinTrainDays, Math.Min(selectionStart, testStart - 365));
        var runs = ModelRun.RunAll(context, models, from, n, options.RefitDays);
        var selected = ModelRun.Select(context, runs, selectionStart, testStart);

        var actuals = Enumerable.Range(testStart, testDays).Select(context.Actual).ToArray();
        var before = Enumerable.Range(0, testStart).Select(context.Actual).ToArray();
        var scale = Accuracy.SeasonalScale(before);
        var accuracy = runs
            .Select(r => Accuracy.Score(r.Name, actuals, [.. Enumerable.Range(testStart, testDays).Select(r.At)], scale))
            .ToList();
        var forecasts = Enumerable.Range(testStart, testDays)
            .Select(d => new DatedForecast(context.DateAt(d), context.Actual(d), selected.At(d), selected.Name))
            .ToList();
        return new SeriesBacktest(context.Series.Name, n, testDays, Accuracy.PoissonFloorMape(actuals), selected.Name, accuracy, forecasts);
    }
}
