using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class CoverageTests
{
    [Fact]
    public void Backtest_PoissonAroundWeeklyPatternWithDrift_IntervalsCoverTheirShare()
    {
        var random = new Random(11);
        var level = 0.0;
        var values = new double[1100];
        for (var i = 0; i < values.Length; i++)
        {
            level = 0.9 * level + 0.02 * (random.NextDouble() - 0.5) * 3.46;
            values[i] = MathNet.Numerics.Distributions.Poisson.Sample(random, 300 * TestSeries.Weekly[i % 7] * Math.Exp(level));
        }
        var context = new ForecastContext(new DailySeries("s", TestSeries.Start, values), new TestSeries.PlainCalendar(), null);

        var result = Backtest.Run(context, ModelCatalog.All, new BacktestOptions());

        var selected = result.Models.Single(m => m.Model == result.Selected);
        Assert.InRange(selected.Coverage80, 0.75, 0.85);
        Assert.InRange(selected.Coverage95, 0.92, 0.98);
        Assert.All(result.SelectedForecasts, f => Assert.True(f.Outcome.Interval95.Lower >= 0));
    }

    [Fact]
    public void CountQuantile_NoLevelUncertainty_IsPoisson_WithIt_IsWider()
    {
        Assert.Equal(EmpiricalIntervals.PoissonQuantile(10, 0.9), HourlyProfile.CountQuantile(10, 0, 0.9));
        Assert.True(HourlyProfile.CountQuantile(10, 0.05, 0.975) > EmpiricalIntervals.PoissonQuantile(10, 0.975));
        Assert.True(HourlyProfile.CountQuantile(10, 0.05, 0.025) < EmpiricalIntervals.PoissonQuantile(10, 0.025));
    }
}
