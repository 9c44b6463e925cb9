using Akutprognos.Core.Staffing;
using MathNet.Numerics.Distributions;

namespace Akutprognos.Core.Tests.Staffing;

public sealed class ErlangCTests
{
    [Fact]
    public void Evaluate_EvaluationVector_MatchesToSevenDecimals()
    {
        var m = ErlangC.Evaluate(200, 3, 14, 1.0 / 3);

        Assert.Equal(14, m.Servers);
        Assert.Equal(10, m.OfferedLoad, 12);
        Assert.Equal(0.1741319, m.PWait, 7);
        Assert.Equal(0.8883500, m.ServiceLevel, 7);
        Assert.Equal(0.7142857, m.Occupancy, 7);
        Assert.Equal(0.1305990, m.MeanWaitMinutes, 7);
    }

    [Fact]
    public void FewestServers_EvaluationVector_Gives14And13FallsShort()
    {
        var m = ErlangC.FewestServers(200, 3, 0.8, 1.0 / 3);

        Assert.Equal(14, m.Servers);
        Assert.Equal(0.8883500, m.ServiceLevel, 7);
        Assert.Equal(0.7955948, ErlangC.Evaluate(200, 3, 13, 1.0 / 3).ServiceLevel, 7);
    }

    [Theory]
    [InlineData(10.0, 12)]
    [InlineData(2500.0, 2560)]
    [InlineData(2500.0, 2501)]
    public void ErlangB_LargeLoads_AgreesWithPoissonRatio(double load, int servers)
    {
        // Erlang B is the Poisson probability of exactly s over that of at most s (Gross & Harris, eq. 2.49).
        var expected = Poisson.PMF(load, servers) / Poisson.CDF(load, servers);

        Assert.Equal(expected, ErlangC.ErlangB(load, servers), 1e-9);
    }

    [Fact]
    public void FewestServers_5000PerHour_IsFiniteAndJustAboveTheLoad()
    {
        var m = ErlangC.FewestServers(5000, 30, 0.8, 1);
        var below = ErlangC.Evaluate(5000, 30, m.Servers - 1, 1);

        Assert.Equal(2500, m.OfferedLoad, 9);
        Assert.InRange(m.Servers, 2501, 2600);
        Assert.True(m.ServiceLevel >= 0.8 && below.ServiceLevel < 0.8);
        Assert.True(double.IsFinite(m.MeanWaitMinutes) && m.MeanWaitMinutes > 0);
        Assert.InRange(m.PWait, 0, 1);
    }

    [Fact]
    public void Evaluate_TooFewServers_IsUnstable()
    {
        var m = ErlangC.Evaluate(200, 3, 10, 1);

        Assert.False(m.IsStable);
        Assert.Equal(1, m.PWait);
        Assert.Equal(0, m.ServiceLevel);
        Assert.True(double.IsPositiveInfinity(m.MeanWaitMinutes));
    }

    [Fact]
    public void FewestServers_NoArrivals_NeedsNone()
    {
        var m = ErlangC.FewestServers(0, 30, 0.9, 10);

        Assert.Equal(0, m.Servers);
        Assert.Equal(1, m.ServiceLevel);
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(1.0, 60.0)]
    [InlineData(0.0, 10.0)]
    [InlineData(1.2, 10.0)]
    public void FewestServers_ImpossibleServiceLevel_Throws(double level, double target)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.FewestServers(200, 3, level, target));

        Assert.Contains("between 0 and 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ZeroServiceTime_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.Evaluate(200, 0, 14, 1));
    }
}
