using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class ModelRunSelectionTests
{
    static readonly ForecastContext Flat =
        new(new DailySeries("s", TestSeries.Start, [.. Enumerable.Repeat(100.0, 200)]), new TestSeries.PlainCalendar(), null);

    // A run whose forecast is off by `errorPercent` every day from day 100 on.
    static ModelRun Off(string name, double errorPercent) =>
        ModelRun.FromPredictions(Flat, name, 100, 200, [.. Enumerable.Repeat(new Prediction(100 + errorPercent), 100)]);

    [Theory]
    [InlineData(4.95, "calendar+level")]
    [InlineData(4.8, "ensemble")]
    public void Select_Ensemble_ChosenOnlyWhenClearlyBetter(double ensembleError, string expected)
    {
        var runs = new[] { Off("calendar", 6), Off("calendar+level", 5), Off(Ensemble.Name, ensembleError) };

        Assert.Equal(expected, ModelRun.Select(Flat, runs, 100, 200).Name);
    }

    [Theory]
    [InlineData(56, 365, 274)]   // two years of data: no day before the test has a year behind it, so the last 91 days
    [InlineData(183, 548, 365)]  // two and a half: the 183 days that have a year behind them
    [InlineData(365, 730, 365)]  // three years and more: the whole year before the test, as before
    [InlineData(1065, 1430, 1065)]
    [InlineData(56, 100, 56)]    // too short for 91 days: everything there is
    public void SelectionStart_ShortHistory_JudgesOnDaysWithAYearBehindThem(int from, int to, int expected) =>
        Assert.Equal(expected, ModelRun.SelectionStart(from, to));
}
