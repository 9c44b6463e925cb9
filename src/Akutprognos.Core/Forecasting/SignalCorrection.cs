using MathNet.Numerics.LinearAlgebra;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The web signal as a correction on top of the calendar and the level: what the evening adds to what the arrivals
/// already told. The model without signal leaves a one-step innovation e(d) = log(actual / (calendar · level)); the
/// evening's <see cref="SignalAnomaly"/> x(d) foretells it, less what the level p(d) already holds (an evening that is
/// high because the whole week was high says nothing new), and the evenings before, x̄(d) over the
/// <see cref="PastEvenings"/> before it, tell the level more exactly than the noisy arrivals alone. So
/// e(d) ≈ c + w(weekday) + γ·x(d) + κ·p(d) + μ·a(d) + λ·x̄(d), where a(d) = φ·D is the part of p(d) that the last
/// days' deviation adds (the evening may tell the same thing better; the slow level it does not), fitted by
/// weighted least squares on the training days — the form of the Kalman update for a latent illness level seen by two
/// noisy sensors, arrivals and the web (Durbin &amp; Koopman, <i>Time Series Analysis by State Space Methods</i>, §4.3).
/// The level itself runs on arrivals only, so the signal's own noise never enters it.
/// </summary>
internal sealed class SignalCorrection
{
    /// <summary>Evenings before the last whose mean anomaly is one more column: they sharpen what the level knows of the last days.</summary>
    public const int PastEvenings = 4;

    const int Columns = 1 + 6 + 4;
    const double Ridge = 1e-3;

    readonly double[] beta;

    SignalCorrection(SignalAnomaly anomaly, double[] beta)
    {
        Anomaly = anomaly;
        this.beta = beta;
    }

    public SignalAnomaly Anomaly { get; }

    /// <summary>Fits every window on the training days and keeps the one that explains most of the innovations; null when none has enough days.</summary>
    /// <param name="context">The series and its signal.</param>
    /// <param name="windows">The evening windows to choose from.</param>
    /// <param name="days">Training days with an actual.</param>
    /// <param name="innovations">e(d) for each of <paramref name="days"/>.</param>
    /// <param name="levels">p(d), the level's one-step prediction, for each of <paramref name="days"/>.</param>
    /// <param name="arParts">φ·D, the AR(1) part of each of <paramref name="levels"/>.</param>
    /// <param name="weights">Observation weights (recency × outlier), for each of <paramref name="days"/>.</param>
    /// <param name="trainStart">First training day (the media-spike limit is estimated from it on).</param>
    /// <param name="trainEnd">End of the training days, exclusive.</param>
    public static SignalCorrection? Fit(
        ForecastContext context, IReadOnlyList<SignalWindow> windows, List<int> days, double[] innovations, double[] levels,
        double[] arParts, double[] weights, int trainStart, int trainEnd)
    {
        SignalCorrection? best = null;
        var bestLoss = double.PositiveInfinity;
        foreach (var window in windows)
        {
            var anomaly = SignalAnomaly.Fit(context, window, trainStart, trainEnd);
            var rows = new List<double[]>(days.Count);
            var y = new List<double>(days.Count);
            var w = new List<double>(days.Count);
            for (var i = 0; i < days.Count; i++)
            {
                if (Row(context, anomaly, days[i], levels[i], arParts[i]) is { } row && !double.IsNaN(innovations[i]))
                {
                    rows.Add(row);
                    y.Add(innovations[i]);
                    w.Add(weights[i]);
                }
            }
            if (rows.Count < 4 * Columns)
            {
                continue;
            }
            var coefficients = WeightedLeastSquares(rows, y, w);
            // Compare windows by the weighted squared error left per unit of weight, over the days each can use.
            double loss = 0, total = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var e = y[i] - Dot(rows[i], coefficients);
                loss += w[i] * e * e;
                total += w[i];
            }
            loss /= total;
            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = new SignalCorrection(anomaly, coefficients);
            }
        }
        return best;
    }

    /// <summary>The log correction for <paramref name="day"/> given the level's prediction, or null when the evening is missing.</summary>
    public double? At(ForecastContext context, int day, double level, double arPart) =>
        Row(context, Anomaly, day, level, arPart) is { } row ? Dot(row, beta) : null;

    static double[]? Row(ForecastContext context, SignalAnomaly anomaly, int day, double level, double arPart)
    {
        var x = anomaly.At(day);
        if (double.IsNaN(x))
        {
            return null;
        }
        var row = new double[Columns];
        row[0] = 1;
        // The evening before has its own weekday pattern of web traffic.
        var weekday = ((int)context.DateAt(day).DayOfWeek + 6) % 7;
        if (weekday > 0)
        {
            row[weekday] = 1;
        }
        row[7] = x;
        row[8] = level;
        row[10] = arPart;
        // A missing earlier evening counts as an ordinary one (anomaly 0) rather than costing the day its signal.
        for (var back = 1; back <= PastEvenings; back++)
        {
            var earlier = anomaly.At(day - back);
            row[9] += (double.IsNaN(earlier) ? 0 : earlier) / PastEvenings;
        }
        return row;
    }

    static double Dot(double[] row, double[] beta)
    {
        double sum = 0;
        for (var j = 0; j < row.Length; j++)
        {
            sum += row[j] * beta[j];
        }
        return sum;
    }

    static double[] WeightedLeastSquares(List<double[]> rows, List<double> y, List<double> w)
    {
        var xtwx = Matrix<double>.Build.Dense(Columns, Columns);
        var xtwy = Vector<double>.Build.Dense(Columns);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            for (var a = 0; a < Columns; a++)
            {
                xtwy[a] += w[i] * row[a] * y[i];
                for (var b = 0; b < Columns; b++)
                {
                    xtwx[a, b] += w[i] * row[a] * row[b];
                }
            }
        }
        var scale = xtwx.Diagonal().Sum() / Columns;
        for (var a = 1; a < Columns; a++)
        {
            xtwx[a, a] += Ridge * scale;
        }
        return [.. xtwx.Solve(xtwy)];
    }
}
