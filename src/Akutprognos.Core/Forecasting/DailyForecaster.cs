namespace Akutprognos.Core.Forecasting;

/// <summary>The production forecast for the day after the last actual, with how its model was chosen.</summary>
/// <param name="Forecast">The day forecast (no hours yet: <see cref="HourlyProfile.Split"/> adds them).</param>
/// <param name="SelectionMape">Each competing model's MAPE over the selection days, percent.</param>
public sealed record SelectedForecast(DayForecast Forecast, IReadOnlyDictionary<string, double> SelectionMape);

/// <summary>
/// Tomorrow's forecast for one series: every model is raced one day ahead over the last
/// <see cref="BacktestOptions.SelectionDays"/> days, the one with the lowest MAPE forecasts the next day,
/// and its own errors over that span give the intervals — the same procedure the backtest scores.
/// </summary>
public static class DailyForecaster
{
    /// <param name="context">A context with at least one day ahead; its last day is forecast (days ahead before it are
    /// forecast from the same fits, as a one-day-ahead model can when the newest data is a day or two old).</param>
    /// <param name="models">The competing models.</param>
    /// <param name="options">Selection span, refit interval, minimum history.</param>
    /// <returns>The forecast, or why the series cannot support it (too little history, no model could forecast).</returns>
    public static Outcome<SelectedForecast> Next(ForecastContext context, IReadOnlyList<IForecastModel> models, BacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var target = context.Length - 1;
        var history = context.ActualLength;
        if (context.Length <= history)
        {
            throw new ArgumentException("The context has no day ahead to forecast.", nameof(context));
        }
        var known = context.Series.Values.Count(v => !double.IsNaN(v));
        if (history < options.MinTrainDays || known < options.MinTrainDays)
        {
            return Outcome<SelectedForecast>.Cannot(
                $"{context.Series.Name}: {known} days of arrivals stored; a forecast needs at least {options.MinTrainDays}: import more history");
        }
        var from = Math.Max(options.MinTrainDays, history - Math.Max(options.SelectionDays, 365));
        var selectionFrom = ModelRun.SelectionStart(Math.Max(from, history - options.SelectionDays), history);
        var runs = ModelRun.RunAll(context, models, from, target + 1, options.RefitDays);
        var selected = ModelRun.Select(context, runs, selectionFrom, history);
        var outcome = selected.At(target);
        if (!double.IsFinite(outcome.Mean) || outcome.Mean < 0)
        {
            return Outcome<SelectedForecast>.Cannot(
                $"{context.Series.Name}: no model could forecast {context.DateAt(target):yyyy-MM-dd} ({outcome.Fallback ?? "the fit failed"})");
        }
        var mapes = runs.ToDictionary(r => r.Name, r => r.Mape(context, selectionFrom, history));
        var forecast = new DayForecast(
            context.Series.Name, context.DateAt(target), selected.Name, outcome.Mean,
            outcome.Interval80, outcome.Interval95, outcome.Fallback, []);
        return Outcome<SelectedForecast>.Of(new SelectedForecast(forecast, mapes));
    }
}
