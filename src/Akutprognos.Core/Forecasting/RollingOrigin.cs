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
        // Origins are counted back from the end, so the newest day is always forecast by the freshest fit.
        var origins = new List<int> { from };
        for (var origin = to - refitDays; origin > from; origin -= refitDays)
        {
            origins.Insert(1, origin);
        }
        for (var i = 0; i < origins.Count; i++)
        {
            var end = i + 1 < origins.Count ? origins[i + 1] : to;
            var predictor = model.Fit(context, 0, origins[i]);
            for (var day = origins[i]; day < end; day++)
            {
                result[day - from] = predictor.Predict(day);
            }
        }
        return result;
    }
}
