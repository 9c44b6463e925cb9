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
    const double Tolerance = 1e-7;

    /// <summary>Fits β.</summary>
    /// <param name="rows">Design rows; column 0 must be the constant 1.</param>
    /// <param name="counts">Observed counts, one per row.</param>
    /// <param name="weights">Observation weights (e.g. recency), one per row, ≥ 0.</param>
    /// <param name="ridge">Penalty λ on non-intercept coefficients, in units of one average observation's information.</param>
    /// <returns>The coefficients; the intercept alone (log of the weighted mean) when the fit does not converge.</returns>
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> counts, IReadOnlyList<double> weights, double ridge = 0.1) =>
        Fit(rows, counts, weights, null, ridge);

    /// <summary>Fits β with a known offset per row: log μ = x·β + offset (e.g. the recent level, estimated separately).</summary>
    /// <param name="rows">Design rows; column 0 must be the constant 1.</param>
    /// <param name="counts">Observed counts, one per row.</param>
    /// <param name="weights">Observation weights, one per row, ≥ 0.</param>
    /// <param name="offsets">Offsets on the log scale, one per row, or null for none.</param>
    /// <param name="ridge">Penalty λ on non-intercept coefficients, in units of one average observation's information.</param>
    /// <param name="start">Coefficients to start from (a previous fit's, to converge in fewer steps), or null.</param>
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> counts, IReadOnlyList<double> weights, IReadOnlyList<double>? offsets, double ridge, double[]? start = null)
    {
        var n = rows.Count;
        if (n == 0)
        {
            throw new ArgumentException("No rows to fit.", nameof(rows));
        }
        var p = rows[0].Length;
        var weightSum = weights.Sum();
        var mean = Enumerable.Range(0, n).Sum(i => weights[i] * counts[i] / Math.Exp(offsets?[i] ?? 0)) / weightSum;
        var beta = new double[p];
        beta[0] = Math.Log(Math.Max(mean, 1e-3));
        if (start is not null)
        {
            Array.Copy(start, beta, p);
        }
        // Plain arrays and each row's non-zero columns in the hot loop (dummies are mostly zero): the normal
        // equations are accumulated here and solved by Math.NET below.
        var nonZero = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            nonZero[i] = [.. Enumerable.Range(0, p).Where(j => row[j] != 0)];
        }
        var ata = new double[p * p];
        var atz = new double[p];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            Array.Clear(ata);
            Array.Clear(atz);
            double information = 0;
            for (var i = 0; i < n; i++)
            {
                var x = rows[i];
                var offset = offsets?[i] ?? 0;
                var eta = Dot(x, beta);
                var mu = Math.Exp(eta + offset);
                var w = weights[i] * mu;
                if (w == 0)
                {
                    continue;
                }
                var z = eta + (counts[i] - mu) / mu;
                information += w;
                var columns = nonZero[i];
                for (var ia = 0; ia < columns.Length; ia++)
                {
                    var a = columns[ia];
                    var wxa = w * x[a];
                    atz[a] += wxa * z;
                    var rowStart = a * p;
                    for (var ib = ia; ib < columns.Length; ib++)
                    {
                        ata[rowStart + columns[ib]] += wxa * x[columns[ib]];
                    }
                }
            }
            var lambda = ridge * information / weightSum;
            var matrix = Matrix<double>.Build.Dense(p, p, (a, b) => a <= b ? ata[a * p + b] : ata[b * p + a]);
            for (var a = 1; a < p; a++)
            {
                matrix[a, a] += lambda;
            }
            var next = matrix.Cholesky().Solve(Vector<double>.Build.DenseOfArray(atz)).ToArray();
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

    /// <summary>x·β: the linear predictor (log of the fitted mean) for one design row.</summary>
    public static double Dot(double[] x, double[] beta)
    {
        double sum = 0;
        for (var j = 0; j < x.Length; j++)
        {
            sum += x[j] * beta[j];
        }
        return sum;
    }
}
