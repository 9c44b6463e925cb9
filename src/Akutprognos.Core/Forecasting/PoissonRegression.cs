using MathNet.Numerics.LinearAlgebra;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// Poisson regression with a log link, fitted by iteratively reweighted least squares (McCullagh &amp;
/// Nelder, <i>Generalized Linear Models</i>, 2nd ed., §2.5), with per-observation weights and a small ridge
/// penalty on every coefficient but the first (the intercept). The ridge keeps rare effects (a holiday
/// seen twice) and short histories (less than a year for the Fourier terms) finite and stable.
/// Counts are expected to be ≥ 0; the fitted mean is exp(x·β) and therefore always positive.
/// </summary>
public static class PoissonRegression
{
    const int MaxIterations = 30;
    const double Tolerance = 1e-8;

    /// <summary>Fits β.</summary>
    /// <param name="rows">Design rows; column 0 must be the constant 1.</param>
    /// <param name="counts">Observed counts, one per row.</param>
    /// <param name="weights">Observation weights (e.g. recency), one per row, ≥ 0.</param>
    /// <param name="ridge">Penalty λ on non-intercept coefficients, in units of one average observation's information.</param>
    /// <returns>The coefficients; the intercept alone (log of the weighted mean) when the fit does not converge.</returns>
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> counts, IReadOnlyList<double> weights, double ridge = 0.1)
    {
        var n = rows.Count;
        if (n == 0)
        {
            throw new ArgumentException("No rows to fit.", nameof(rows));
        }
        var p = rows[0].Length;
        var weightSum = weights.Sum();
        var mean = Enumerable.Range(0, n).Sum(i => weights[i] * counts[i]) / weightSum;
        var beta = new double[p];
        beta[0] = Math.Log(Math.Max(mean, 1e-3));
        var ata = Matrix<double>.Build.Dense(p, p);
        var atz = Vector<double>.Build.Dense(p);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            ata.Clear();
            atz.Clear();
            double information = 0;
            for (var i = 0; i < n; i++)
            {
                var x = rows[i];
                var eta = Dot(x, beta);
                var mu = Math.Exp(eta);
                var w = weights[i] * mu;
                var z = eta + (counts[i] - mu) / mu;
                information += w;
                for (var a = 0; a < p; a++)
                {
                    var wxa = w * x[a];
                    if (wxa == 0)
                    {
                        continue;
                    }
                    atz[a] += wxa * z;
                    for (var b = a; b < p; b++)
                    {
                        ata[a, b] += wxa * x[b];
                    }
                }
            }
            var lambda = ridge * information / weightSum;
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    ata[a, b] = ata[b, a];
                }
                if (a > 0)
                {
                    ata[a, a] += lambda;
                }
            }
            var next = ata.Cholesky().Solve(atz).ToArray();
            if (next.Any(double.IsNaN))
            {
                Array.Fill(beta, 0);
                beta[0] = Math.Log(Math.Max(mean, 1e-3));
                return beta;
            }
            var change = next.Zip(beta, (u, v) => Math.Abs(u - v)).Max();
            beta = next;
            if (change < Tolerance)
            {
                break;
            }
        }
        return beta;
    }

    /// <summary>exp(x·β): the fitted mean for one design row.</summary>
    public static double Mean(double[] row, double[] beta) => Math.Exp(Dot(row, beta));

    static double Dot(double[] x, double[] beta)
    {
        double sum = 0;
        for (var j = 0; j < x.Length; j++)
        {
            sum += x[j] * beta[j];
        }
        return sum;
    }
}
