using MathNet.Numerics.Distributions;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Prediction intervals from the model's own out-of-sample errors: for day d, the empirical quantiles of
/// actual / forecast over the days in <c>[d − window, d)</c> that were forecast one day ahead, applied to
/// the forecast for d (a split-conformal interval on the ratio scale, which follows the count's size). The ends are the
/// conformal order statistics — the ⌊(n+1)p⌋-th and ⌈(n+1)(1−p)⌉-th of n past ratios — which cover at least their
/// nominal share when errors are exchangeable, where plain sample quantiles fall a little short.
/// With fewer than <see cref="MinErrors"/> past errors, a Poisson interval widened by 8% overdispersion.
/// Lower ends are clamped at zero.
/// </summary>
public static class EmpiricalIntervals
{
    /// <summary>Fewest past errors the empirical quantiles need.</summary>
    public const int MinErrors = 30;

    /// <summary>Intervals for each element of <paramref name="forecasts"/>, using only errors of earlier elements.</summary>
    /// <param name="actuals">Actual counts aligned with <paramref name="forecasts"/> (NaN where unknown).</param>
    /// <param name="forecasts">One-day-ahead point forecasts for consecutive days.</param>
    /// <param name="window">How many earlier days' errors to use.</param>
    public static (PredictionInterval I80, PredictionInterval I95)[] Compute(IReadOnlyList<double> actuals, IReadOnlyList<double> forecasts, int window = 365)
    {
        var result = new (PredictionInterval, PredictionInterval)[forecasts.Count];
        var ratios = new List<double>(window);
        for (var d = 0; d < forecasts.Count; d++)
        {
            ratios.Clear();
            for (var t = Math.Max(0, d - window); t < d; t++)
            {
                if (!double.IsNaN(actuals[t]) && forecasts[t] > 0)
                {
                    ratios.Add(actuals[t] / forecasts[t]);
                }
            }
            result[d] = For(forecasts[d], ratios);
        }
        return result;
    }

    /// <summary>The intervals around <paramref name="forecast"/> from past actual/forecast ratios.</summary>
    public static (PredictionInterval I80, PredictionInterval I95) For(double forecast, List<double> ratios)
    {
        if (!double.IsFinite(forecast) || forecast < 0)
        {
            // No forecast, so no interval: the empty one, which nothing reads without a mean beside it.
            return (default, default);
        }
        if (ratios.Count < MinErrors)
        {
            var sd = Math.Sqrt(forecast + Math.Pow(0.08 * forecast, 2));
            return (Around(forecast, 1.2816 * sd), Around(forecast, 1.9600 * sd));
        }
        ratios.Sort();
        return (Scaled(forecast, ratios, 0.10, 0.90), Scaled(forecast, ratios, 0.025, 0.975));
    }

    static PredictionInterval Around(double mean, double half) => new(Math.Max(0, mean - half), mean + half);

    static PredictionInterval Scaled(double forecast, List<double> sortedRatios, double lo, double hi)
    {
        var n = sortedRatios.Count;
        var lower = Math.Clamp((int)Math.Floor((n + 1) * lo), 1, n);
        var upper = Math.Clamp((int)Math.Ceiling((n + 1) * hi), 1, n);
        return new(Math.Max(0, forecast * sortedRatios[lower - 1]), Math.Max(0, forecast * sortedRatios[upper - 1]));
    }

    /// <summary>The type-7 sample quantile (linear interpolation, as R's default) of sorted values.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    /// <summary>The smallest k with P(X ≤ k) ≥ <paramref name="p"/> for X ~ Poisson(<paramref name="mean"/>).</summary>
    public static int PoissonQuantile(double mean, double p)
    {
        if (mean <= 0)
        {
            return 0;
        }
        var k = 0;
        while (Poisson.CDF(mean, k) < p)
        {
            k++;
        }
        return k;
    }
}
