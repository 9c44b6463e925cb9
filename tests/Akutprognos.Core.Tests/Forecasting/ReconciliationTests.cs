using Akutprognos.Core.Series;
using Akutprognos.Core.Forecasting;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class ReconciliationTests
{
    static readonly DateOnly Day = new(2025, 3, 4);

    static DayForecast Forecast(string series, double mean) =>
        new(series, Day, "calendar", mean, new(mean * 0.9, mean * 1.1), new(mean * 0.8, mean * 1.2), null,
            [new HourForecast(DateTimeOffset.UnixEpoch, mean / 2, new(0, mean), new(0, mean)), new HourForecast(DateTimeOffset.UnixEpoch.AddHours(1), mean / 2, new(0, mean), new(0, mean))]);

    [Fact]
    public void TopDown_SitesSumToTheRegion_InProportion()
    {
        var sites = new[] { Forecast("A", 300), Forecast("B", 100) };

        var reconciled = Reconciliation.TopDown(Forecast(SeriesId.RegionKey, 440), sites);

        Assert.Equal(440, reconciled.Sum(s => s.Mean), 9);
        Assert.Equal(330, reconciled[0].Mean, 9);
        Assert.Equal(110, reconciled[1].Mean, 9);
        Assert.Equal(330 * 0.9, reconciled[0].Interval80.Lower, 9);
        Assert.Equal(reconciled[0].Mean, reconciled[0].Hours.Sum(h => h.Mean), 9);
    }

    [Fact]
    public void Factor_MissingRegion_LeavesSitesAlone() =>
        Assert.Equal(1, Reconciliation.Factor(double.NaN, [1, 2]));

    [Fact]
    public void Score_ScalesEachDayByRegionOverSum()
    {
        ForecastOutcome O(double mean) => new(mean, new(0, 1000), new(0, 1000), null);
        SeriesBacktest Result(string name, double actual, double forecast) => new(
            name, 100, 1, 1, "calendar", [new Accuracy("calendar", 0, 10, 10, 1, 1, 1, 0, 0)],
            [new DatedForecast(Day, actual, O(forecast), "calendar")]);

        var scored = Reconciliation.Score([Result("A", 330, 300), Result("B", 110, 100), Result(SeriesId.RegionKey, 440, 440)]);

        Assert.Equal(0, scored["A"].Mape, 9);
        Assert.Equal(0, scored["B"].Mape, 9);
        Assert.False(scored.ContainsKey(SeriesId.RegionKey));
    }
}
