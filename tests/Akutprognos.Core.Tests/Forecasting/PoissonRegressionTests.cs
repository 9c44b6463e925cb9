using Akutprognos.Core.Forecasting;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class PoissonRegressionTests
{
    [Fact]
    public void Fit_ExactMeans_RecoversCoefficients()
    {
        // Counts equal to their means exp(4 + 0.5x): the Poisson MLE is exactly (4, 0.5); the ridge is set to zero.
        var rows = Enumerable.Range(0, 50).Select(i => new[] { 1.0, i % 5 / 4.0 }).ToList();
        var counts = rows.Select(r => Math.Exp(4 + 0.5 * r[1])).ToList();
        var weights = rows.Select(_ => 1.0).ToList();

        var beta = PoissonRegression.Fit(rows, counts, weights, ridge: 0);

        Assert.Equal(4.0, beta[0], 6);
        Assert.Equal(0.5, beta[1], 6);
    }

    [Fact]
    public void Fit_ColumnNeverSet_RidgeKeepsItAtZero()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new[] { 1.0, 0.0 }).ToList();
        var counts = rows.Select(_ => 50.0).ToList();
        var beta = PoissonRegression.Fit(rows, counts, [.. rows.Select(_ => 1.0)]);

        Assert.Equal(Math.Log(50), beta[0], 6);
        Assert.Equal(0.0, beta[1], 9);
    }
}
