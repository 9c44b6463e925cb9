namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The signal part of <see cref="LevelRegressionModel"/>: which evening window, and the regression on the calendar
/// plus that window's <see cref="SignalAnomaly"/>. The window is chosen per fit on the training days: the one whose
/// anomaly correlates best (weighted, positively) with what the model without signal missed — its one-step innovations.
/// </summary>
internal sealed class SignalFit
{
    readonly double[] beta;

    SignalFit(SignalAnomaly anomaly, double[] beta)
    {
        Anomaly = anomaly;
        this.beta = beta;
    }

    public SignalAnomaly Anomaly { get; }

    /// <summary>Picks the window, then fits it; null when the chosen window has too few days.</summary>
    public static SignalFit? Choose(
        ForecastContext context, IReadOnlyList<SignalWindow> windows, double[][] rows, List<int> days, double[] counts, double[] weights,
        double[] offsets, double[] innovations, int trainStart, int trainEnd)
    {
        var best = windows
            .Select(w => SignalAnomaly.Fit(context, w, trainStart, trainEnd))
            .MaxBy(a => Correlation(a, days, weights, innovations))!;
        return FitWindow(best, rows, days, counts, weights, offsets, null);
    }

    static double Correlation(SignalAnomaly anomaly, List<int> days, double[] weights, double[] innovations)
    {
        double sw = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < days.Count; i++)
        {
            var x = anomaly.At(days[i]);
            var y = innovations[i];
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                continue;
            }
            var w = weights[i];
            sw += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            syy += w * y * y;
            sxy += w * x * y;
        }
        if (sw == 0)
        {
            return double.NegativeInfinity;
        }
        var cov = sxy / sw - sx / sw * (sy / sw);
        var vx = sxx / sw - Math.Pow(sx / sw, 2);
        var vy = syy / sw - Math.Pow(sy / sw, 2);
        return vx <= 0 || vy <= 0 ? double.NegativeInfinity : cov / Math.Sqrt(vx * vy);
    }

    /// <summary>The same window refitted with new offsets and weights.</summary>
    public SignalFit? Refit(double[][] rows, List<int> days, double[] counts, double[] weights, double[] offsets) =>
        FitWindow(Anomaly, rows, days, counts, weights, offsets, beta);

    /// <summary>The log mean of <paramref name="day"/> without the level, or null when the signal is missing for it.</summary>
    public double? LogMean(double[][] rows, int day)
    {
        var a = Anomaly.At(day);
        return double.IsNaN(a) ? null : PoissonRegression.Dot(rows[day], beta) + beta[^1] * a;
    }

    static SignalFit? FitWindow(SignalAnomaly anomaly, double[][] rows, List<int> days, double[] counts, double[] weights, double[] offsets, double[]? start)
    {
        var x = new List<double[]>(days.Count);
        var y = new List<double>(days.Count);
        var w = new List<double>(days.Count);
        var o = new List<double>(days.Count);
        for (var i = 0; i < days.Count; i++)
        {
            var a = anomaly.At(days[i]);
            if (double.IsNaN(a))
            {
                continue;
            }
            var row = new double[rows[days[i]].Length + 1];
            rows[days[i]].CopyTo(row, 0);
            row[^1] = a;
            x.Add(row);
            y.Add(counts[i]);
            w.Add(weights[i]);
            o.Add(offsets[i]);
        }
        if (x.Count < 2 * (x.Count == 0 ? 1 : x[0].Length + 1))
        {
            return null;
        }
        return new SignalFit(anomaly, PoissonRegression.Fit(x, y, w, o, 0.1, start));
    }
}
