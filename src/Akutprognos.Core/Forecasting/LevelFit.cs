using MathNet.Numerics.Distributions;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// One estimate of <see cref="LevelRegressionModel"/>'s arrivals part on days <c>[trainStart, trainEnd)</c>: the calendar
/// Poisson regression and the <see cref="LevelFilter"/> on its log residuals, by backfitting (fit β with the level as
/// offset, filter the residuals, repeat; yearly season as three Fourier pairs, five where a test says the data need them), with Huber weights on days whose innovation is an outlier so that a closed
/// unit or a pandemic drop goes into the level and not into the weekday or season coefficients. The web signal is not
/// part of it: <see cref="SignalCorrection"/> works on what this fit leaves, so both variants of the model share it.
/// </summary>
internal sealed class LevelFit
{
    const int BackfitRounds = 3;
    const double Ridge = 0.1;

    readonly ForecastContext context;
    readonly double[][] rows;
    readonly double[] calendarBeta;

    LevelFit(ForecastContext context, double[][] rows, double[] calendarBeta, LevelFilter filter, LevelState atTrainEnd, int trainEnd)
    {
        this.context = context;
        this.rows = rows;
        this.calendarBeta = calendarBeta;
        Filter = filter;
        AtTrainEnd = atTrainEnd;
        TrainEnd = trainEnd;
    }

    public LevelFilter Filter { get; }

    /// <summary>The filter's state after the last training day.</summary>
    public LevelState AtTrainEnd { get; }

    public int TrainEnd { get; }

    /// <summary>Training days with an actual.</summary>
    public List<int> Days { get; private init; } = [];

    /// <summary>For each of <see cref="Days"/>: log(actual / (calendar · level)), the one-step innovation.</summary>
    public double[] Innovations { get; private init; } = [];

    /// <summary>For each of <see cref="Days"/>: the level's one-step prediction p(d), log units.</summary>
    public double[] Levels { get; private init; } = [];

    /// <summary>For each of <see cref="Days"/>: the AR(1) part of <see cref="Levels"/>, φ·D.</summary>
    public double[] ArParts { get; private init; } = [];

    /// <summary>For each of <see cref="Days"/>: recency × Huber weight of the last round.</summary>
    public double[] Weights { get; private init; } = [];

    /// <summary>True when the yearly season has five Fourier pairs instead of three.</summary>
    public bool RichSeason { get; private init; }

    /// <summary>The fit for <c>[trainStart, trainEnd)</c>, estimated once per context and shared by every model that asks.</summary>
    public static LevelFit? For(ForecastContext context, int trainStart, int trainEnd) =>
        context.Memo($"level-fit:{trainStart}:{trainEnd}", () => new Lazy<LevelFit?>(() => Estimate(context, trainStart, trainEnd))).Value;

    /// <summary>log of the calendar mean of <paramref name="day"/>, without the level.</summary>
    public double CalendarLogMean(int day) => PoissonRegression.Dot(rows[day], calendarBeta);

    /// <summary>log(actual / calendar mean); NaN without an actual. Zero counts are read as 0.5.</summary>
    public double Residual(int day) => Residual(context, rows, calendarBeta, day);

    static double Residual(ForecastContext context, double[][] rows, double[] beta, int day)
    {
        var y = context.Actual(day);
        return double.IsNaN(y) ? double.NaN : Math.Log(Math.Max(y, 0.5)) - PoissonRegression.Dot(rows[day], beta);
    }

    static LevelFit? Estimate(ForecastContext context, int trainStart, int trainEnd)
    {
        var rows = CalendarRows(context);
        var days = Enumerable.Range(trainStart, trainEnd - trainStart).Where(t => !double.IsNaN(context.Actual(t))).ToList();
        if (days.Count < 2 * (rows[0].Length + 1))
        {
            return null;
        }
        var counts = days.Select(context.Actual).ToArray();
        var recency = days.Select(t => Math.Pow(0.5, (trainEnd - 1 - t) / LevelRegressionModel.HalfLifeDays)).ToArray();
        var weights = (double[])recency.Clone();
        var offsets = new double[days.Count];
        var innovations = new double[days.Count];
        // Each refit starts the regression from the previous refit's coefficients on this context: they differ by a
        // week or two of data, so it converges in a few steps instead of from scratch.
        var previous = context.Memo("level-fit:previous", () => new PreviousFit());
        var beta = previous.Get();
        LevelFilter? filter = null;
        double[] residuals = [];
        // Filter the residuals of `beta` and re-weight the days by their innovations.
        void Backfit(double[][] design, double[] b, bool fresh)
        {
            residuals = [.. Enumerable.Range(trainStart, trainEnd - trainStart).Select(t => Residual(context, design, b, t))];
            filter = LevelFilter.Estimate(residuals, fresh ? null : filter);
            var predictions = filter.Predictions(residuals);
            for (var i = 0; i < days.Count; i++)
            {
                var k = days[i] - trainStart;
                offsets[i] = predictions[k];
                innovations[i] = residuals[k] - predictions[k];
                var innovation = Math.Abs(innovations[i]);
                var bound = LevelRegressionModel.HuberSds * filter.Sigma;
                weights[i] = recency[i] * (innovation > bound ? bound / innovation : 1);
            }
        }
        for (var round = 0; round < BackfitRounds; round++)
        {
            beta = PoissonRegression.Fit([.. days.Select(t => rows[t])], counts, weights, offsets, Ridge, beta);
            Backfit(rows, beta, fresh: round == 0);
        }
        previous.Set(beta!);
        // Two more Fourier pairs when the season has more shape than three pairs can draw (a real ED's winter peak and
        // summer dip are not a sine): a quasi-likelihood ratio test on the last round's weights and level — the drop in
        // deviance over the Pearson dispersion against χ² with 4 degrees of freedom (McCullagh & Nelder, §4.5).
        var rich = RichRows(context);
        var richBeta = PoissonRegression.Fit([.. days.Select(t => rich[t])], counts, weights, offsets, Ridge, [.. beta!, 0, 0, 0, 0]);
        var (baseDeviance, _) = Deviance(days, rows, beta!, counts, weights, offsets);
        var (richDeviance, pearson) = Deviance(days, rich, richBeta, counts, weights, offsets);
        var dispersion = pearson / Math.Max(1, weights.Sum() - richBeta.Length);
        if ((baseDeviance - richDeviance) / dispersion > RichSeasonChiSquare)
        {
            rows = rich;
            beta = richBeta;
            Backfit(rows, beta, fresh: false);
        }
        var richSeason = ReferenceEquals(rows, rich);
        var arParts = filter!.ArParts(residuals);
        var state = filter!.Start();
        foreach (var r in residuals)
        {
            state.Observe(filter, r);
        }
        return new LevelFit(context, rows, beta!, filter, state, trainEnd)
        {
            Days = days,
            Innovations = innovations,
            Levels = offsets,
            ArParts = [.. days.Select(t => arParts[t - trainStart])],
            Weights = weights,
            RichSeason = richSeason,
        };
    }

    /// <summary>The 95% quantile of χ² with 4 degrees of freedom: the two extra Fourier pairs' test.</summary>
    static readonly double RichSeasonChiSquare = ChiSquared.InvCDF(4, 0.95);

    /// <summary>The weighted Poisson deviance and Pearson χ² of a fit on the training days.</summary>
    static (double Deviance, double Pearson) Deviance(List<int> days, double[][] rows, double[] beta, double[] counts, double[] weights, double[] offsets)
    {
        double deviance = 0, pearson = 0;
        for (var i = 0; i < days.Count; i++)
        {
            var mu = Math.Exp(PoissonRegression.Dot(rows[days[i]], beta) + offsets[i]);
            var y = counts[i];
            deviance += 2 * weights[i] * ((y > 0 ? y * Math.Log(y / mu) : 0) - (y - mu));
            pearson += weights[i] * (y - mu) * (y - mu) / mu;
        }
        return (deviance, pearson);
    }

    /// <summary><see cref="CalendarRows"/> with the Fourier pairs of 4 and 5 cycles a year appended.</summary>
    static double[][] RichRows(ForecastContext context) => context.Memo("calendar-rows-rich", () =>
    {
        var rows = CalendarRows(context);
        var rich = new double[context.Length][];
        for (var t = 0; t < context.Length; t++)
        {
            var angle = 2 * Math.PI * (context.DateAt(t).DayOfYear - 1) / 365.25;
            rich[t] = [.. rows[t], Math.Sin(4 * angle), Math.Cos(4 * angle), Math.Sin(5 * angle), Math.Cos(5 * angle)];
        }
        return rich;
    });

    /// <summary>Calendar design rows for every day of the context, built once per context.</summary>
    static double[][] CalendarRows(ForecastContext context) => context.Memo("calendar-rows", () =>
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

    /// <summary>The last fit's calendar coefficients on one context (fits run in order of their origins).</summary>
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
}
