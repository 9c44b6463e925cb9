namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The model "ensemble": for day d, the mean of the <see cref="Size"/> models with the lowest MAPE over the
/// <see cref="WindowDays"/> days before d (their out-of-sample one-day-ahead forecasts, so nothing from d or later).
/// Averaging the best few models is a well-tested way to cut the error of any single one (the M4 competition's
/// combinations; Makridakis et al. 2020). The benchmarks calendar and calendar+signal take part; seasonal-naive, too noisy to help, does not.
/// Until <see cref="MinScoredDays"/> days are scored, every member counts.
/// </summary>
public static class Ensemble
{
    /// <summary>The name it is reported under.</summary>
    public const string Name = "ensemble";

    /// <summary>Models averaged each day.</summary>
    public const int Size = 2;

    /// <summary>Days of recent errors that rank the members.</summary>
    public const int WindowDays = 91;

    /// <summary>Fewest scored days before ranking starts.</summary>
    public const int MinScoredDays = 28;

    /// <summary>The runs that may take part: every run but seasonal-naive and an ensemble.</summary>
    public static IEnumerable<ModelRun> Members(IEnumerable<ModelRun> runs) => runs.Where(r => r.Name != Name && r.Name != "seasonal-naive");

    /// <summary>The ensemble forecasts for days <c>[from, to)</c>.</summary>
    public static Prediction[] Combine(ForecastContext context, IReadOnlyList<ModelRun> runs, int from, int to)
    {
        var members = Members(runs).ToList();
        var errors = new double[members.Count, to - from]; // absolute percentage error, NaN when unscored
        var result = new Prediction[to - from];
        var chosen = new List<ModelRun>(members.Count);
        for (var d = from; d < to; d++)
        {
            chosen.Clear();
            var scored = 0;
            var ranked = new List<(double Mape, ModelRun Run)>();
            for (var m = 0; m < members.Count; m++)
            {
                double sum = 0;
                var n = 0;
                for (var t = Math.Max(from, d - WindowDays); t < d; t++)
                {
                    var e = errors[m, t - from];
                    if (!double.IsNaN(e))
                    {
                        sum += e;
                        n++;
                    }
                }
                scored = Math.Max(scored, n);
                ranked.Add((n == 0 ? double.PositiveInfinity : sum / n, members[m]));
            }
            chosen.AddRange(scored < MinScoredDays
                ? members
                : ranked.Where(r => !double.IsInfinity(r.Mape)).OrderBy(r => r.Mape).Take(Size).Select(r => r.Run));
            var forecasts = chosen.Select(r => r.At(d)).Where(o => !double.IsNaN(o.Mean)).ToList();
            result[d - from] = forecasts.Count == 0
                ? new Prediction(double.NaN, "no member model could forecast")
                : new Prediction(forecasts.Average(o => o.Mean), forecasts.Select(o => o.Fallback).FirstOrDefault(f => f is not null));
            var y = context.Actual(d);
            for (var m = 0; m < members.Count; m++)
            {
                var f = members[m].At(d).Mean;
                errors[m, d - from] = double.IsNaN(y) || y == 0 || double.IsNaN(f) ? double.NaN : Math.Abs(y - f) / y;
            }
        }
        return result;
    }
}
