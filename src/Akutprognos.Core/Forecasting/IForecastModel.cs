namespace Akutprognos.Core.Forecasting;

/// <summary>A forecasting method: fitted on the days before an origin, it predicts the days from the origin on.</summary>
public interface IForecastModel
{
    /// <summary>The name reported in backtests and stored with forecasts, e.g. "calendar+signal".</summary>
    string Name { get; }

    /// <summary>True when the model uses the evening web signal; it is then only run on series that have one.</summary>
    bool UsesSignal { get; }

    /// <summary>
    /// How often the model is re-estimated when the run asks for every <paramref name="requestedDays"/> days: a model
    /// that updates itself from each new actual between refits may ask for less frequent refits (never more frequent).
    /// </summary>
    int RefitDays(int requestedDays) => requestedDays;

    /// <summary>Estimates the model on days <c>[trainStart, trainEnd)</c> of <paramref name="context"/>.</summary>
    IDayPredictor Fit(ForecastContext context, int trainStart, int trainEnd);
}

/// <summary>A fitted model.</summary>
public interface IDayPredictor
{
    /// <summary>
    /// The one-day-ahead forecast for <paramref name="day"/> (at or after the training end), using actuals
    /// before <paramref name="day"/> and the evening signal up to <paramref name="day"/> − 1 only.
    /// </summary>
    Prediction Predict(int day);
}

/// <summary>A point forecast and, when the model had to do without an input, why.</summary>
public readonly record struct Prediction(double Mean, string? Fallback = null);
