using Akutprognos.Core.Forecasting;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class EmpiricalIntervalsTests
{
    [Fact]
    public void Quantile_MatchesRType7()
    {
        double[] sorted = [1, 2, 3, 4, 10];
        Assert.Equal(1.4, EmpiricalIntervals.Quantile(sorted, 0.1), 10);   // R: quantile(c(1,2,3,4,10), 0.1) = 1.4
        Assert.Equal(7.6, EmpiricalIntervals.Quantile(sorted, 0.9), 10);   // R: 7.6
        Assert.Equal(3.0, EmpiricalIntervals.Quantile(sorted, 0.5), 10);
    }

    [Fact]
    public void Compute_UsesOnlyEarlierErrors()
    {
        // Forecasts always 100; actuals 90..110 for 60 days, then a wild day 61 that must not affect day 61's own interval.
        var actuals = Enumerable.Range(0, 62).Select(i => 90.0 + i % 21).ToArray();
        actuals[61] = 1000;
        var forecasts = Enumerable.Repeat(100.0, 62).ToArray();

        var intervals = EmpiricalIntervals.Compute(actuals, forecasts);
        var changed = EmpiricalIntervals.Compute([.. actuals[..61], 100], forecasts);

        Assert.Equal(changed[61], intervals[61]);
        Assert.InRange(intervals[61].I80.Lower, 90, 94);
        Assert.InRange(intervals[61].I80.Upper, 106, 110);
    }

    [Fact]
    public void Compute_SmallCountsWideErrors_NeverBelowZero()
    {
        var actuals = Enumerable.Range(0, 80).Select(i => i % 2 == 0 ? 0.0 : 6.0).ToArray();
        var forecasts = Enumerable.Repeat(1.0, 80).ToArray();

        Assert.All(EmpiricalIntervals.Compute(actuals, forecasts), i =>
        {
            Assert.True(i.I80.Lower >= 0);
            Assert.True(i.I95.Lower >= 0);
        });
    }

    [Fact]
    public void For_FewErrors_UsesPoissonWithOverdispersion()
    {
        var (i80, i95) = EmpiricalIntervals.For(100, []);
        var sd = Math.Sqrt(100 + 64);
        Assert.Equal(100 - 1.2816 * sd, i80.Lower, 6);
        Assert.Equal(100 + 1.96 * sd, i95.Upper, 6);
    }

    [Fact]
    public void PoissonQuantile_KnownValues()
    {
        Assert.Equal(0, EmpiricalIntervals.PoissonQuantile(0, 0.9));
        Assert.Equal(2, EmpiricalIntervals.PoissonQuantile(1, 0.9));     // P(X≤1)=0.736, P(X≤2)=0.920
        Assert.Equal(14, EmpiricalIntervals.PoissonQuantile(10, 0.9));   // qpois(0.9, 10) = 14
    }
}
