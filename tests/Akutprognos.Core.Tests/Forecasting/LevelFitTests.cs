using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using MathNet.Numerics.Distributions;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class LevelFitTests
{
    // Three years of Poisson arrivals around 300 a day with the given yearly season (log factor by day of year).
    static ForecastContext Seasonal(Func<double, double> logSeason, int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 1100).Select(d =>
        {
            var angle = 2 * Math.PI * (TestSeries.Start.AddDays(d).DayOfYear - 1) / 365.25;
            return (double)Poisson.Sample(random, 300 * TestSeries.Weekly[d % 7] * Math.Exp(logSeason(angle)));
        });
        return new ForecastContext(new DailySeries("s", TestSeries.Start, [.. values]), new TestSeries.PlainCalendar(), null);
    }

    [Fact]
    public void For_SharpWinterPeak_TakesFiveFourierPairs()
    {
        // A two-week winter peak of +15%: three pairs can only draw it as a broad hump.
        var context = Seasonal(a => 0.15 * Math.Exp(-Math.Pow(Math.Atan2(Math.Sin(a - 0.2), Math.Cos(a - 0.2)) / 0.25, 2)), 3);

        Assert.True(LevelFit.For(context, 0, 1095)!.RichSeason);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void For_SeasonOfOneSine_KeepsThreeFourierPairs(int seed)
    {
        var context = Seasonal(a => 0.05 * Math.Cos(a), seed);

        Assert.False(LevelFit.For(context, 0, 1095)!.RichSeason);
    }
}
