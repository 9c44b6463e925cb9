namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The same weekday last week: ŷ(d) = y(d − 7). Where that day is missing, the same weekday one more week
/// back, up to four weeks; then the mean of the last 28 days that exist. The benchmark every model must beat.
/// </summary>
public sealed class SeasonalNaiveModel : IForecastModel
{
    /// <summary>"seasonal-naive".</summary>
    public string Name => "seasonal-naive";

    /// <summary>Always false: the benchmark reads only past actuals.</summary>
    public bool UsesSignal => false;

    /// <summary>Estimates nothing: the predictor looks back from each forecast day, whatever the training span.</summary>
    public IDayPredictor Fit(ForecastContext context, int trainStart, int trainEnd) => new Predictor(context);

    sealed class Predictor(ForecastContext context) : IDayPredictor
    {
        public Prediction Predict(int day)
        {
            for (var weeks = 1; weeks <= 4; weeks++)
            {
                var back = day - 7 * weeks;
                if (back >= 0 && !double.IsNaN(context.Actual(back)))
                {
                    return new Prediction(context.Actual(back));
                }
            }
            var recent = Enumerable.Range(Math.Max(0, day - 28), Math.Min(28, day))
                .Select(context.Actual).Where(v => !double.IsNaN(v)).ToList();
            return new Prediction(recent.Count > 0 ? recent.Average() : double.NaN, "no data for the same weekday in the last four weeks");
        }
    }
}
