namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The calendar Poisson regression with a robust recent level: log μ(d) = x(d)·β + p(d), where x holds the calendar
/// (<see cref="CalendarFeatures"/> and <see cref="CalendarInteractions"/>), optionally the web signal
/// (<see cref="SignalAnomaly"/>, its evening window chosen per fit), and p(d) is the one-step prediction of a
/// <see cref="LevelFilter"/> run over the log residuals up to d − 1 — regression with local-level-plus-AR(1) errors.
/// β and the filter are estimated by backfitting: fit β with p as offset, filter the residuals, repeat; observations
/// whose innovation is an outlier get Huber weights, so a closed unit or a pandemic drop goes into the level and not
/// into the weekday or season coefficients. Between refits the level is updated every day from the newest actuals.
/// </summary>
/// <param name="useSignal">Whether the web signal is a covariate.</param>
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

    const int BackfitRounds = 3;
    const double Ridge = 0.1;

    public string Name => (useSignal ? "calendar+signal+level" : "calendar+level") + nameSuffix;

    public bool UsesSignal => useSignal;

    /// <summary>The level takes in every new actual between refits, so the regression is re-estimated at most every two weeks.</summary>
    public const int MinRefitDays = 14;

    public int RefitDays(int requestedDays) => Math.Max(requestedDays, MinRefitDays);

    public IDayPredictor Fit(ForecastContext context, int trainStart, int trainEnd)
    {
        trainStart = Math.Max(trainStart, trainEnd - MaxTrainDays);
        var rows = CalendarRows(context);
        var days = Enumerable.Range(trainStart, trainEnd - trainStart).Where(t => !double.IsNaN(context.Actual(t))).ToList();
        if (days.Count < 2 * (rows[0].Length + 1))
        {
            return new Unfitted();
        }
        var counts = days.Select(context.Actual).ToArray();
        var recency = days.Select(t => Math.Pow(0.5, (trainEnd - 1 - t) / HalfLifeDays)).ToArray();
        var weights = (double[])recency.Clone();
        var offsets = new double[days.Count];
        // Each refit starts the regression from the previous refit's coefficients on this context: they differ by a
        // week of data, so it converges in a few steps instead of from scratch.
        var previous = context.Memo($"{Name}:previous-fit", () => new PreviousFit());
        var calendarBeta = previous.Get();
        LevelFilter? filter = null;
        SignalFit? signal = null;
        double[] residuals = [];
        var innovations = new double[days.Count];
        for (var round = 0; round < BackfitRounds; round++)
        {
            calendarBeta = PoissonRegression.Fit([.. days.Select(t => rows[t])], counts, weights, offsets, Ridge, calendarBeta);
            // The signal enters once the level exists: its window is the one that best explains what the level missed.
            if (useSignal && round > 0)
            {
                signal = round == 1
                    ? SignalFit.Choose(context, windows ?? SignalWindow.Candidates, rows, days, counts, weights, offsets, innovations, trainStart, trainEnd)
                    : signal?.Refit(rows, days, counts, weights, offsets);
            }
            var fitted = new Fitted(context, rows, calendarBeta, signal);
            residuals = [.. Enumerable.Range(trainStart, trainEnd - trainStart).Select(fitted.Residual)];
            filter = LevelFilter.Estimate(residuals, round == 0 ? null : filter);
            var predictions = filter.Predictions(residuals);
            for (var i = 0; i < days.Count; i++)
            {
                var k = days[i] - trainStart;
                offsets[i] = predictions[k];
                innovations[i] = residuals[k] - predictions[k];
                var innovation = Math.Abs(innovations[i]);
                var bound = HuberSds * filter.Sigma;
                weights[i] = recency[i] * (innovation > bound ? bound / innovation : 1);
            }
        }
        previous.Set(calendarBeta!);
        var state = filter!.Start();
        foreach (var r in residuals)
        {
            state.Observe(filter, r);
        }
        return new Predictor(new Fitted(context, rows, calendarBeta!, signal), filter, state, trainEnd);
    }

    /// <summary>The last fit's calendar coefficients on one context (fits of one model run in order).</summary>
    sealed class PreviousFit
    {
        readonly Lock gate = new();
        double[]? beta;

        public double[]? Get()
        {
            lock (gate)
            {
                return beta;
            }
        }

        public void Set(double[] beta)
        {
            lock (gate)
            {
                this.beta = beta;
            }
        }
    }

    /// <summary>Calendar design rows for every day of the context, built once per context.</summary>
    internal static double[][] CalendarRows(ForecastContext context) => context.Memo("calendar-rows", () =>
    {
        var rows = new double[context.Length][];
        for (var t = 0; t < context.Length; t++)
        {
            var row = new double[CalendarFeatures.Count + CalendarInteractions.Count];
            CalendarFeatures.Fill(context.Day(t), row);
            CalendarInteractions.Fill(context.Day(t), context.Calendar.Name, row.AsSpan(CalendarFeatures.Count));
            rows[t] = row;
        }
        return rows;
    });

    /// <summary>The fitted regression part: log mean of a day without the level, and which input it used.</summary>
    sealed class Fitted(ForecastContext context, double[][] rows, double[] calendarBeta, SignalFit? signal)
    {
        public (double LogMean, string? Fallback) LogMean(int day)
        {
            if (signal is not null && signal.LogMean(rows, day) is { } withSignal)
            {
                return (withSignal, null);
            }
            var fallback = signal is null ? null : SignalAnomaly.WhyMissing(context, signal.Anomaly.Window, day);
            return (PoissonRegression.Dot(rows[day], calendarBeta), fallback);
        }

        /// <summary>log(actual / regression mean); NaN without an actual. Zero counts are read as 0.5.</summary>
        public double Residual(int day)
        {
            var y = context.Actual(day);
            return double.IsNaN(y) ? double.NaN : Math.Log(Math.Max(y, 0.5)) - LogMean(day).LogMean;
        }
    }

    sealed class Predictor(Fitted fitted, LevelFilter filter, LevelState atTrainEnd, int trainEnd) : IDayPredictor
    {
        LevelState state = atTrainEnd.Copy();
        int next = -1;

        public Prediction Predict(int day)
        {
            if (next < 0 || day < next)
            {
                state = atTrainEnd.Copy();
                next = trainEnd;
            }
            // The level takes in every actual up to the day before, also between refits.
            for (; next < day; next++)
            {
                state.Observe(filter, fitted.Residual(next));
            }
            var (logMean, fallback) = fitted.LogMean(day);
            return new Prediction(Math.Exp(logMean + state.Prediction(filter)), fallback);
        }
    }

    sealed class Unfitted : IDayPredictor
    {
        public Prediction Predict(int day) => new(double.NaN, "too little history to fit the calendar model");
    }
}
