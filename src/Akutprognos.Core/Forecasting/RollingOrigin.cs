namespace Akutprognos.Core.Forecasting;

/// <summary>
/// One-day-ahead forecasts over a span of days with a rolling origin: the model is re-estimated every
/// <c>refitDays</c> days on the days before the origin, and each day d is predicted by a fit whose
/// training ended at or before d. Nothing from d or later reaches the forecast for d.
/// </summary>
public static class RollingOrigin
{
    /// <summary>Forecasts days <c>[from, to)</c>; element i is the forecast for day <c>from + i</c>.</summary>
    public static Prediction[] Run(IForecastModel model, ForecastContext context, int from, int to, int refitDays = 7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(refitDays, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, context.Length);
        var result = new Prediction[Math.Max(0, to - from)];
        for (var origin = from; origin < to; origin += refitDays)
        {
            var predictor = model.Fit(context, 0, origin);
            for (var day = origin; day < Math.Min(origin + refitDays, to); day++)
            {
                result[day - from] = predictor.Predict(day);
            }
        }
        return result;
    }
}
