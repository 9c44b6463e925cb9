using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class SeasonalNaiveModelTests
{
    [Fact]
    public void Predict_DayWithHistory_ReturnsSameWeekdayLastWeek()
    {
        var series = new DailySeries("s", TestSeries.Start, [.. Enumerable.Range(1, 21).Select(i => (double)i)]);
        var context = new ForecastContext(series, new TestSeries.PlainCalendar(), null, daysAhead: 1);
        var predictor = new SeasonalNaiveModel().Fit(context, 0, 21);

        Assert.Equal(15, predictor.Predict(21).Mean); // day 21 is a copy of day 14, whose count is 15
        Assert.Null(predictor.Predict(21).Fallback);
    }

    [Fact]
    public void Predict_LastWeekMissing_UsesTwoWeeksBack()
    {
        var values = Enumerable.Range(1, 21).Select(i => (double)i).ToArray();
        values[14] = double.NaN;
        var context = new ForecastContext(new DailySeries("s", TestSeries.Start, values), new TestSeries.PlainCalendar(), null, daysAhead: 1);

        Assert.Equal(8, new SeasonalNaiveModel().Fit(context, 0, 21).Predict(21).Mean);
    }
}
