using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class BacktestTests
{
    static DailySeries Noisy(int days, int seed)
    {
        var random = new Random(seed);
        return new DailySeries("site", TestSeries.Start,
            [.. Enumerable.Range(0, days).Select(i => Math.Round(200 * TestSeries.Weekly[i % 7] * (1 + 0.1 * (random.NextDouble() - 0.5))))]);
    }

    [Fact]
    public void Run_FutureActualsChanged_EarlierForecastsUnchanged()
    {
        var series = Noisy(500, 1);
        var context = new ForecastContext(series, new TestSeries.PlainCalendar(), null);
        var damaged = series.Values.Select((v, i) => i >= 450 ? v * 3 : v).ToArray();
        var damagedContext = new ForecastContext(new DailySeries("site", series.Start, damaged), new TestSeries.PlainCalendar(), null);

        foreach (var model in ModelCatalog.All.Where(m => !m.UsesSignal))
        {
            var clean = RollingOrigin.Run(model, context, 300, 451);
            var other = RollingOrigin.Run(model, damagedContext, 300, 451);
            Assert.Equal(clean, other); // day 450 may use days up to 449 only
        }
    }

    [Fact]
    public void Run_SelectedModel_DoesNotDependOnTestPeriod()
    {
        var series = Noisy(800, 2);
        var scrambled = series.Values.Select((v, i) => i >= 800 - 365 ? 400 - v : v).ToArray();
        var options = new BacktestOptions();

        var a = Backtest.Run(new ForecastContext(series, new TestSeries.PlainCalendar(), null), ModelCatalog.All, options);
        var b = Backtest.Run(new ForecastContext(new DailySeries("site", series.Start, scrambled), new TestSeries.PlainCalendar(), null), ModelCatalog.All, options);

        Assert.Equal(a.Selected, b.Selected);
        Assert.NotEqual(a.Models.Single(m => m.Model == "calendar").Mape, b.Models.Single(m => m.Model == "calendar").Mape);
    }

    [Fact]
    public void Run_WeeklySeries_ReportsBenchmarksFirstAndARegressionWins()
    {
        var result = Backtest.Run(new ForecastContext(Noisy(800, 3), new TestSeries.PlainCalendar(), null), ModelCatalog.All, new BacktestOptions());

        Assert.Equal(800, result.Days);
        Assert.Equal(365, result.TestDays);
        Assert.Equal(["seasonal-naive", "calendar", "calendar+level", "ensemble"], result.Models.Select(m => m.Model));
        Assert.Contains(result.Selected, result.Models.Select(m => m.Model));
        Assert.NotEqual("seasonal-naive", result.Selected);
        Assert.True(result.Models[1].Mape < result.Models[0].Mape);
        Assert.True(result.Models[2].Mape < result.Models[0].Mape);
        Assert.Equal(365, result.SelectedForecasts.Count);
        Assert.All(result.SelectedForecasts, f => Assert.True(f.Outcome.Interval95.Lower <= f.Outcome.Interval80.Lower));
        // ±5% uniform noise: 80% intervals should cover roughly 80% of days.
        Assert.InRange(result.Models[1].Coverage80, 0.72, 0.88);
    }

    [Fact]
    public void Run_TooShort_ExplainsHowMuchIsNeeded()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Backtest.Run(new ForecastContext(Noisy(40, 4), new TestSeries.PlainCalendar(), null), ModelCatalog.All, new BacktestOptions()));
        Assert.Contains("at least 63", error.Message);
    }
}
