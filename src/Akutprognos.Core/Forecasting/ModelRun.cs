namespace Akutprognos.Core.Forecasting;

/// <summary>
/// One model's rolling one-day-ahead forecasts over a span of days, with intervals from its own earlier
/// errors in that span. The backtest and the nightly forecast both race models this way, so that the
/// model chosen in production is chosen exactly as the backtest says.
/// </summary>
public sealed class ModelRun
{
    readonly ForecastOutcome[] outcomes;

    ModelRun(string name, int from, ForecastOutcome[] outcomes)
    {
        Name = name;
        From = from;
        this.outcomes = outcomes;
    }

    /// <summary>The model's name, as reported.</summary>
    public string Name { get; }

    /// <summary>The first day index forecast.</summary>
    public int From { get; }

    /// <summary>Days forecast.</summary>
    public int Count => outcomes.Length;

    /// <summary>The outcome for day index <paramref name="day"/> (within the span).</summary>
    public ForecastOutcome At(int day) => outcomes[day - From];

    /// <summary>
    /// Runs every model that can run on <paramref name="context"/> over days <c>[from, to)</c>, then the
    /// <see cref="Ensemble"/> of them when there are at least two non-benchmark models.
    /// </summary>
    public static IReadOnlyList<ModelRun> RunAll(ForecastContext context, IEnumerable<IForecastModel> models, int from, int to, int refitDays)
    {
        var runnable = models.Where(m => !m.UsesSignal || context.Signal is not null).ToList();
        var runs = runnable.AsParallel().AsOrdered().Select(m => Run(context, m, from, to, refitDays)).ToList();
        if (Ensemble.Members(runs).Count() >= 2)
        {
            runs.Add(FromPredictions(context, Ensemble.Name, from, to, Ensemble.Combine(context, runs, from, to)));
        }
        return runs;
    }

    static ModelRun Run(ForecastContext context, IForecastModel model, int from, int to, int refitDays) =>
        FromPredictions(context, model.Name, from, to, RollingOrigin.Run(model, context, from, to, model.RefitDays(refitDays)));

    internal static ModelRun FromPredictions(ForecastContext context, string name, int from, int to, Prediction[] predictions)
    {
        var actuals = Enumerable.Range(from, to - from).Select(context.Actual).ToArray();
        var intervals = EmpiricalIntervals.Compute(actuals, [.. predictions.Select(p => p.Mean)]);
        var outcomes = predictions.Select((p, i) => new ForecastOutcome(p.Mean, intervals[i].I80, intervals[i].I95, p.Fallback)).ToArray();
        return new ModelRun(name, from, outcomes);
    }

    /// <summary>Mean absolute percentage error over days <c>[from, to)</c>; infinity when the model could not forecast some of them.</summary>
    public double Mape(ForecastContext context, int from, int to)
    {
        double sum = 0;
        var n = 0;
        for (var day = Math.Max(from, From); day < to; day++)
        {
            var y = context.Actual(day);
            if (double.IsNaN(y) || y == 0)
            {
                continue;
            }
            var forecast = At(day).Mean;
            if (double.IsNaN(forecast))
            {
                return double.PositiveInfinity;
            }
            sum += Math.Abs(y - forecast) / y;
            n++;
        }
        return n == 0 ? double.PositiveInfinity : 100 * sum / n;
    }

    /// <summary>A year of history: models with yearly seasonality are judged only on days that had one to learn from.</summary>
    public const int MatureHistoryDays = 365;

    /// <summary>Fewest selection days worth narrowing the span to.</summary>
    public const int MinSelectionDays = 91;

    /// <summary>
    /// The first day to judge models on when choosing on <c>[from, to)</c>: the days with a year of history before them
    /// if there are at least <see cref="MinSelectionDays"/> of them, else the last <see cref="MinSelectionDays"/> days.
    /// On a short series the first months' forecasts come from models that have not yet seen a whole year; judged on
    /// them, the calendar model beat the level model that was 0.5 points better once both had a year.
    /// </summary>
    public static int SelectionStart(int from, int to)
    {
        var mature = Math.Max(from, MatureHistoryDays);
        return to - mature >= MinSelectionDays ? mature : Math.Max(from, to - MinSelectionDays);
    }

    /// <summary>
    /// The run with the lowest MAPE on days <c>[from, to)</c>, which must lie before anything it will be
    /// judged on; the ensemble only when it is lower by <see cref="EnsembleMargin"/>. With fewer than 28 days to judge by, the calendar model (or the first run).
    /// </summary>
    public static ModelRun Select(ForecastContext context, IReadOnlyList<ModelRun> runs, int from, int to)
    {
        if (to - from < 28)
        {
            return runs.FirstOrDefault(r => r.Name == "calendar") ?? runs[0];
        }
        var mapes = runs.ToDictionary(r => r, r => r.Mape(context, from, to));
        var best = runs.Where(r => r.Name != Ensemble.Name).MinBy(r => mapes[r])!;
        var ensemble = runs.FirstOrDefault(r => r.Name == Ensemble.Name);
        // The ensemble picks its members on the same days it is judged on, so part of its edge there is luck.
        return ensemble is not null && mapes[ensemble] < (1 - EnsembleMargin) * mapes[best] ? ensemble : best;
    }

    /// <summary>How much lower (relative) the ensemble's selection MAPE must be than the best single model's for it to be chosen.</summary>
    public const double EnsembleMargin = 0.02;
}
