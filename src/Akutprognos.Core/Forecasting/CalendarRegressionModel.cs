namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Poisson regression of daily arrivals on the calendar (<see cref="CalendarFeatures"/>), optionally with
/// the evening web signal as one more covariate (<see cref="SignalFeature"/>): the published model of
/// Ekström et al. (2015) — visits 18–24 the evening before plus day of week — in log-linear form, with
/// holidays and yearly season added. Fitted on at most the last <see cref="MaxTrainDays"/> days, weighted
/// by recency (half-life <see cref="HalfLifeDays"/>), so the level follows slow drifts without a trend term.
/// When the signal is missing for the evening before a day, that day gets the calendar-only fit, and the
/// prediction says so.
/// </summary>
public sealed class CalendarRegressionModel(bool useSignal) : IForecastModel
{
    /// <summary>Longest training window in days (three years).</summary>
    public const int MaxTrainDays = 3 * 365;

    /// <summary>Recency half-life of the observation weights in days.</summary>
    public const double HalfLifeDays = 365;

    public string Name => useSignal ? "calendar+signal" : "calendar";

    public bool UsesSignal => useSignal;

    public IDayPredictor Fit(ForecastContext context, int trainStart, int trainEnd)
    {
        trainStart = Math.Max(trainStart, trainEnd - MaxTrainDays);
        var calendarOnly = FitColumns(context, trainStart, trainEnd, withSignal: false);
        var withSignal = useSignal ? FitColumns(context, trainStart, trainEnd, withSignal: true) : null;
        return new Predictor(context, calendarOnly, withSignal);
    }

    static double[]? FitColumns(ForecastContext context, int trainStart, int trainEnd, bool withSignal)
    {
        var rows = new List<double[]>();
        var counts = new List<double>();
        var weights = new List<double>();
        for (var i = trainStart; i < trainEnd; i++)
        {
            var y = context.Actual(i);
            if (double.IsNaN(y))
            {
                continue;
            }
            var row = Row(context, i, withSignal);
            if (row is null)
            {
                continue;
            }
            rows.Add(row);
            counts.Add(y);
            weights.Add(Math.Pow(0.5, (trainEnd - 1 - i) / HalfLifeDays));
        }
        // Fewer days than two per coefficient cannot separate weekday from holiday from season.
        return rows.Count < 2 * (CalendarFeatures.Count + 1) ? null : PoissonRegression.Fit(rows, counts, weights);
    }

    static double[]? Row(ForecastContext context, int day, bool withSignal)
    {
        var row = new double[CalendarFeatures.Count + (withSignal ? 1 : 0)];
        CalendarFeatures.Fill(context.Day(day), row);
        if (withSignal)
        {
            var signal = SignalFeature.At(context, day);
            if (double.IsNaN(signal))
            {
                return null;
            }
            row[^1] = signal;
        }
        return row;
    }

    sealed class Predictor(ForecastContext context, double[]? calendarOnly, double[]? withSignal) : IDayPredictor
    {
        public Prediction Predict(int day)
        {
            if (withSignal is not null && Row(context, day, withSignal: true) is { } row)
            {
                return new Prediction(PoissonRegression.Mean(row, withSignal));
            }
            var fallback = withSignal is null ? null : SignalFeature.WhyMissing(context, day);
            if (calendarOnly is null)
            {
                return new Prediction(double.NaN, "too little history to fit the calendar model");
            }
            return new Prediction(PoissonRegression.Mean(Row(context, day, withSignal: false)!, calendarOnly), fallback);
        }
    }
}
