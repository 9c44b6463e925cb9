namespace Akutprognos.Core.Forecasting;

/// <summary>
/// A robust local level with AR(1) deviations for log residuals r(t) = log(actual / calendar mean): the part of
/// tomorrow that the calendar does not explain but the last days do (an illness wave, a slow drift, a closed unit).
/// The one-step prediction is <c>p = L + φ·D</c>; after observing r the innovation <c>u = r − p</c> is clipped to
/// ±<see cref="ClipSds"/>·σ (Huber), the level moves <c>L ← L + α·clip(u)</c> and D becomes the cleaned residual's
/// deviation from the new level. A single outlier day thus moves the level by at most α·3σ. When
/// <see cref="ShiftRunDays"/> days in a row fall beyond the clip on the same side, the series has shifted (a pandemic
/// drop, a unit closing or reopening): the level jumps to the mean of those days instead of creeping there for weeks.
/// α and φ are fitted by least absolute one-step error over the training residuals (a grid, as in simple
/// exponential smoothing; Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, §8.1).
/// </summary>
/// <param name="Alpha">Level smoothing weight, 0–1.</param>
/// <param name="Phi">AR(1) coefficient of the deviation from the level, 0–1.</param>
/// <param name="Sigma">Robust scale of the innovations (1.4826 × MAD), log units.</param>
/// <param name="Gamma">Smoothing weight of the weekly component (a weekday pattern that drifts away from the calendar fit's).</param>
public sealed record LevelFilter(double Alpha, double Phi, double Sigma, double Gamma = 0)
{
    /// <summary>Innovations beyond this many σ count as outliers and are clipped.</summary>
    public const double ClipSds = 3;

    /// <summary>Consecutive same-side outliers that mark a level shift.</summary>
    public const int ShiftRunDays = 4;

    /// <summary>Days at the start of the residuals that only warm the filter up and are not scored.</summary>
    public const int WarmUpDays = 56;

    static readonly double[] Alphas = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.45];
    static readonly double[] Phis = [0, 0.15, 0.3, 0.45, 0.6];
    static readonly double[] Gammas = [0, 0.03, 0.08, 0.15];

    /// <summary>
    /// Fits α, φ and γ on <paramref name="residuals"/> (NaN = no observation) by least absolute one-step error:
    /// coordinate descent over fixed grids, two sweeps from a middling filter or one from <paramref name="start"/>.
    /// </summary>
    public static LevelFilter Estimate(IReadOnlyList<double> residuals, LevelFilter? start = null)
    {
        var sigma = start?.Sigma ?? RobustScale(residuals.Where(r => !double.IsNaN(r)));
        var best = (start ?? new LevelFilter(0.1, 0.3, sigma)) with { Sigma = sigma };
        var bestLoss = best.Loss(residuals);
        for (var sweep = 0; sweep < (start is null ? 2 : 1); sweep++)
        {
            foreach (var candidate in Alphas.Select(a => best with { Alpha = a })
                .Concat(Phis.Select(p => best with { Phi = p }))
                .Concat(Gammas.Select(g => best with { Gamma = g })))
            {
                // Candidates built from the best before this step: evaluate each against the current best.
                var loss = candidate.Loss(residuals);
                if (loss < bestLoss - 1e-12)
                {
                    bestLoss = loss;
                    best = candidate;
                }
            }
            // Clip at the scale of the chosen filter's innovations, not of the raw residuals.
            best = best with { Sigma = RobustScale(best.Innovations(residuals)) };
            bestLoss = best.Loss(residuals);
        }
        return best;
    }

    /// <summary>The one-step predictions for each element of <paramref name="residuals"/>, from the elements before it.</summary>
    public double[] Predictions(IReadOnlyList<double> residuals)
    {
        var state = Start();
        var result = new double[residuals.Count];
        for (var t = 0; t < residuals.Count; t++)
        {
            result[t] = state.Prediction(this);
            state.Observe(this, residuals[t]);
        }
        return result;
    }

    /// <summary>The AR(1) part φ·D of each one-step prediction of <see cref="Predictions"/>: what the last days' deviation adds to the level.</summary>
    public double[] ArParts(IReadOnlyList<double> residuals)
    {
        var state = Start();
        var result = new double[residuals.Count];
        for (var t = 0; t < residuals.Count; t++)
        {
            result[t] = Phi * state.Deviation;
            state.Observe(this, residuals[t]);
        }
        return result;
    }

    /// <summary>A fresh state at level 0.</summary>
    public LevelState Start() => new();

    double Loss(IReadOnlyList<double> residuals)
    {
        var state = Start();
        double loss = 0;
        for (var t = 0; t < residuals.Count; t++)
        {
            var r = residuals[t];
            if (t >= WarmUpDays && !double.IsNaN(r))
            {
                loss += Math.Abs(r - state.Prediction(this));
            }
            state.Observe(this, r);
        }
        return loss;
    }

    IEnumerable<double> Innovations(IReadOnlyList<double> residuals)
    {
        var state = Start();
        var result = new List<double>(residuals.Count);
        for (var t = 0; t < residuals.Count; t++)
        {
            if (!double.IsNaN(residuals[t]))
            {
                result.Add(residuals[t] - state.Prediction(this));
            }
            state.Observe(this, residuals[t]);
        }
        return result.Skip(Math.Min(WarmUpDays, result.Count / 2));
    }

    /// <summary>1.4826 × the median absolute deviation from the median; a small floor keeps the clip meaningful.</summary>
    public static double RobustScale(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count < 3)
        {
            return 0.1;
        }
        var median = EmpiricalIntervals.Quantile(sorted, 0.5);
        var deviations = sorted.Select(v => Math.Abs(v - median)).Order().ToList();
        return Math.Max(0.005, 1.4826 * EmpiricalIntervals.Quantile(deviations, 0.5));
    }
}

/// <summary>The running state of a <see cref="LevelFilter"/>: level, last deviation and the current run of same-side outliers.</summary>
public sealed class LevelState
{
    double[] run = new double[LevelFilter.ShiftRunDays];
    double[] weekly = new double[7];
    int step;
    int runLength;
    int runSign;

    /// <summary>The level L, log units.</summary>
    public double Level { get; private set; }

    /// <summary>The last cleaned residual's deviation from the level, D.</summary>
    public double Deviation { get; private set; }

    /// <summary>Days since the last level shift was detected (large when none was).</summary>
    public int DaysSinceShift { get; private set; } = int.MaxValue / 2;

    /// <summary>An independent copy of this state.</summary>
    public LevelState Copy()
    {
        var copy = (LevelState)MemberwiseClone();
        copy.run = (double[])run.Clone();
        copy.weekly = (double[])weekly.Clone();
        return copy;
    }

    /// <summary>The one-step prediction L + φ·D + W(weekday).</summary>
    public double Prediction(LevelFilter filter) => Level + filter.Phi * Deviation + weekly[step % 7];

    /// <summary>Takes in one day's residual and moves to the next day; NaN (no observation) leaves level and pattern as they are.</summary>
    public void Observe(LevelFilter filter, double residual)
    {
        var slot = step % 7;
        step++;
        if (double.IsNaN(residual))
        {
            return;
        }
        DaysSinceShift++;
        var predicted = Prediction(filter);
        var innovation = residual - predicted;
        var bound = LevelFilter.ClipSds * filter.Sigma;
        if (Math.Abs(innovation) > bound)
        {
            var sign = Math.Sign(innovation);
            runLength = sign == runSign ? runLength + 1 : 1;
            runSign = sign;
            run[(runLength - 1) % run.Length] = residual;
            if (runLength >= LevelFilter.ShiftRunDays)
            {
                Level = run.Average() - weekly[slot];
                Deviation = 0;
                runLength = 0;
                runSign = 0;
                DaysSinceShift = 0;
                return;
            }
        }
        else
        {
            runLength = 0;
            runSign = 0;
        }
        var clipped = Math.Clamp(innovation, -bound, bound);
        Level += filter.Alpha * clipped;
        weekly[slot] += filter.Gamma * clipped;
        Deviation = predicted + clipped - Level - weekly[slot];
    }
}
