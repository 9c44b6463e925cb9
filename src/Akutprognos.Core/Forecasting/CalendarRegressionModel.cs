namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Poisson regression of daily arrivals on the calendar (<see cref="CalendarFeatures"/>), optionally with
/// the evening web signal as one more covariate (<see cref="SignalAnomaly"/> of the signal's own evening window,
/// 18–24 by default: relative to its recent median, re-based after a relaunch, media spikes damped): the published
/// model of Ekström et al. (2015) — visits 18–24 the evening before plus day of week — in log-linear form, with
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

    /// <summary>"calendar+signal" with the evening web signal as a covariate, "calendar" without.</summary>
    public string Name => useSignal ? "calendar+signal" : "calendar";

    /// <summary>True for the "calendar+signal" variant, which is then only run on series with an evening web signal.</summary>
    public bool UsesSignal => useSignal;

    /// <summary>
    /// Fits the calendar-only regression, and with the signal the calendar+signal one, on the last at most
    /// <see cref="MaxTrainDays"/> days of <c>[trainStart, trainEnd)</c>; with fewer than two days per coefficient
    /// the fit predicts NaN and says there was too little history.
    /// </summary>
    public IDayPredictor Fit(ForecastContext context, int trainStart, int trainEnd)
    {
        trainStart = Math.Max(trainStart, trainEnd - MaxTrainDays);
        var anomaly = useSignal && context.Signal is { } signal ? SignalAnomaly.Fit(context, signal.Window, trainStart, trainEnd) : null;
        var calendarOnly = FitColumns(context, null, trainStart, trainEnd);
        var withSignal = anomaly is null ? null : FitColumns(context, anomaly, trainStart, trainEnd);
        return new Predictor(context, anomaly, calendarOnly, withSignal);
    }

    static double[]? FitColumns(ForecastContext context, SignalAnomaly? anomaly, int trainStart, int trainEnd)
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
            var row = Row(context, i, anomaly);
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

    static double[]? Row(ForecastContext context, int day, SignalAnomaly? anomaly)
    {
        var row = new double[CalendarFeatures.Count + (anomaly is null ? 0 : 1)];
        CalendarFeatures.Fill(context.Day(day), row);
        if (anomaly is not null)
        {
            var signal = anomaly.At(day);
            if (double.IsNaN(signal))
            {
                return null;
            }
            row[^1] = signal;
        }
        return row;
    }

    sealed class Predictor(ForecastContext context, SignalAnomaly? anomaly, double[]? calendarOnly, double[]? withSignal) : IDayPredictor
    {
        public Prediction Predict(int day)
        {
            if (withSignal is not null && Row(context, day, anomaly) is { } row)
            {
                return new Prediction(PoissonRegression.Mean(row, withSignal));
            }
            var fallback = anomaly is null ? null : SignalAnomaly.WhyMissing(context, anomaly.Window, day);
            if (calendarOnly is null)
            {
                return new Prediction(double.NaN, "too little history to fit the calendar model");
            }
            return new Prediction(PoissonRegression.Mean(Row(context, day, null)!, calendarOnly), fallback);
        }
    }
}
