namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The calendar Poisson regression with a robust recent level: log μ(d) = x(d)·β + p(d), where x holds the calendar
/// (<see cref="CalendarFeatures"/> and <see cref="CalendarInteractions"/>) and p(d) is the one-step prediction of a
/// <see cref="LevelFilter"/> run over the log residuals up to d − 1 — regression with local-level-plus-AR(1) errors,
/// estimated by backfitting with Huber weights (<see cref="LevelFit"/>). With the web signal, a
/// <see cref="SignalCorrection"/> (its evening window chosen per fit) adds what the evening tells beyond the level.
/// Between refits the level is updated every day from the newest actuals.
/// </summary>
/// <param name="useSignal">Whether the web signal corrects the forecast.</param>
/// <param name="windows">The evening windows to choose from (default <see cref="SignalWindow.Candidates"/>); a nowcast issued
/// before midnight passes <see cref="SignalWindow.AvailableAt"/>.</param>
/// <param name="nameSuffix">Appended to the name, e.g. "@20" for the forecast issued at 20:00.</param>
public sealed class LevelRegressionModel(bool useSignal, IReadOnlyList<SignalWindow>? windows = null, string nameSuffix = "") : IForecastModel
{
    /// <summary>Longest training window in days (three years).</summary>
    public const int MaxTrainDays = 3 * 365;

    /// <summary>Recency half-life of the observation weights in days; longer than the calendar model's, as the level follows drift.</summary>
    public const double HalfLifeDays = 730;

    /// <summary>Innovations beyond this many robust SDs get Huber weight c/|u| in the regression.</summary>
    public const double HuberSds = 2;

    /// <summary>"calendar+signal+level" with the web signal, "calendar+level" without, followed by the name suffix (e.g. "@20").</summary>
    public string Name => (useSignal ? "calendar+signal+level" : "calendar+level") + nameSuffix;

    /// <summary>True when the web signal corrects the forecast; the model is then only run on series with an evening web signal.</summary>
    public bool UsesSignal => useSignal;

    /// <summary>The level takes in every new actual between refits, so the regression is re-estimated at most every two weeks.</summary>
    public const int MinRefitDays = 14;

    /// <summary>The requested refit interval in days, but never less than <see cref="MinRefitDays"/>.</summary>
    public int RefitDays(int requestedDays) => Math.Max(requestedDays, MinRefitDays);

    /// <summary>
    /// Fits the regression and its level on the last at most <see cref="MaxTrainDays"/> days of <c>[trainStart, trainEnd)</c>,
    /// and with the signal the correction; with too little history the fit predicts NaN and says so.
    /// </summary>
    public IDayPredictor Fit(ForecastContext context, int trainStart, int trainEnd)
    {
        trainStart = Math.Max(trainStart, trainEnd - MaxTrainDays);
        if (LevelFit.For(context, trainStart, trainEnd) is not { } fit)
        {
            return new Unfitted();
        }
        var correction = useSignal
            ? SignalCorrection.Fit(context, windows ?? SignalWindow.Candidates, fit.Days, fit.Innovations, fit.Levels, fit.ArParts, fit.Weights, trainStart, trainEnd)
            : null;
        return new Predictor(context, fit, useSignal, correction);
    }

    sealed class Predictor(ForecastContext context, LevelFit fit, bool useSignal, SignalCorrection? correction) : IDayPredictor
    {
        LevelState state = fit.AtTrainEnd.Copy();
        int next = -1;

        public Prediction Predict(int day)
        {
            if (next < 0 || day < next)
            {
                state = fit.AtTrainEnd.Copy();
                next = fit.TrainEnd;
            }
            // The level takes in every actual up to the day before, also between refits.
            for (; next < day; next++)
            {
                state.Observe(fit.Filter, fit.Residual(next));
            }
            var level = state.Prediction(fit.Filter);
            var logMean = fit.CalendarLogMean(day) + level;
            if (!useSignal)
            {
                return new Prediction(Math.Exp(logMean));
            }
            if (correction is null)
            {
                return new Prediction(Math.Exp(logMean), "too few evenings with the web signal before this day to fit it");
            }
            return correction.At(context, day, level, fit.Filter.Phi * state.Deviation) is { } c
                ? new Prediction(Math.Exp(logMean + c))
                : new Prediction(Math.Exp(logMean), SignalAnomaly.WhyMissing(context, correction.Anomaly.Window, day));
        }
    }

    sealed class Unfitted : IDayPredictor
    {
        public Prediction Predict(int day) => new(double.NaN, "too little history to fit the calendar model");
    }
}
