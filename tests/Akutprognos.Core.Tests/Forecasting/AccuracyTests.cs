using Akutprognos.Core.Forecasting;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class AccuracyTests
{
    static ForecastOutcome Outcome(double mean, double lo80, double hi80) =>
        new(mean, new PredictionInterval(lo80, hi80), new PredictionInterval(Math.Max(0, lo80 - 10), hi80 + 10), null);

    [Fact]
    public void Score_HandComputedCase_MatchesDefinitions()
    {
        double[] actuals = [100, 200, 0, double.NaN];
        ForecastOutcome[] outcomes = [Outcome(110, 95, 120), Outcome(180, 150, 190), Outcome(5, 0, 10), Outcome(1, 0, 2)];

        var a = Accuracy.Score("m", actuals, outcomes, maseScale: 5);

        Assert.Equal(10.0, a.Mape, 10);                                  // (10/100 + 20/200) / 2, zero day left out
        Assert.Equal(35.0 / 3, a.Mae, 10);                               // (10 + 20 + 5) / 3, NaN day skipped
        Assert.Equal(Math.Sqrt((100 + 400 + 25) / 3.0), a.Rmse, 10);
        Assert.Equal(35.0 / 3 / 5, a.Mase, 10);
        Assert.Equal(2.0 / 3, a.Coverage80, 10);                         // 200 lies above 190
        Assert.Equal(1.0, a.Coverage95, 10);
        Assert.Equal(1, a.ZeroDays);
    }

    [Fact]
    public void PoissonFloorMape_1900PerDay_Is1Point83Percent()
    {
        Assert.Equal(Math.Sqrt(2 / (Math.PI * 1900)) * 100, Accuracy.PoissonFloorMape([1900, 1900]), 10);
        Assert.Equal(1.83, Accuracy.PoissonFloorMape([1900]), 2);
        Assert.Equal(9.34, Accuracy.PoissonFloorMape([73]), 2); // the brief rounds this to 9.3%
    }

    [Fact]
    public void SeasonalScale_WeeklyRamp_IsMeanAbsoluteSevenDayDifference()
    {
        var values = Enumerable.Range(0, 21).Select(i => (double)(i * i)).ToArray();
        var expected = Enumerable.Range(7, 14).Average(i => (double)(i * i - (i - 7) * (i - 7)));

        Assert.Equal(expected, Accuracy.SeasonalScale(values), 10);
    }
}
