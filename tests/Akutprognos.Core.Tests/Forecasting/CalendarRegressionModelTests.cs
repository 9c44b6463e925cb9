using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class CalendarRegressionModelTests
{
    [Fact]
    public void Predict_PureWeeklyPattern_ForecastsItWithinOnePercent()
    {
        var series = TestSeries.Weekly100(400);
        var context = new ForecastContext(series, new TestSeries.PlainCalendar(), null, daysAhead: 7);
        var predictor = new CalendarRegressionModel(useSignal: false).Fit(context, 0, 400);

        for (var day = 400; day < 407; day++)
        {
            var expected = 100 * TestSeries.Weekly[day % 7];
            Assert.InRange(predictor.Predict(day).Mean, expected * 0.99, expected * 1.01);
        }
    }

    [Fact]
    public void Predict_WithSignal_UsesEveningBeforeAndBeatsCalendar()
    {
        // Arrivals follow an illness level that the evening before shows on the web: y(d) = 100·exp(a(d)),
        // visitors(d − 1) = 5000·exp(a(d)). Only the signal model can know a(d).
        var random = new Random(7);
        var level = Enumerable.Range(0, 401).Select(_ => 0.2 * (random.NextDouble() - 0.5)).ToArray();
        var series = new DailySeries("s", TestSeries.Start, [.. level.Take(400).Select(a => 100 * Math.Exp(a))]);
        var visitors = Enumerable.Range(0, 400).SelectMany(d => EveningHours(TestSeries.Start.AddDays(d), 5000 * Math.Exp(level[d + 1]))).ToList();
        var signal = EveningSignal.FromHours(visitors, LocalDays.Stockholm);
        var context = new ForecastContext(series, new TestSeries.PlainCalendar(), signal);

        var withSignal = RollingOrigin.Run(new CalendarRegressionModel(true), context, 300, 400);
        var calendarOnly = RollingOrigin.Run(new CalendarRegressionModel(false), context, 300, 400);

        double Mape(Prediction[] p) => p.Select((x, i) => Math.Abs(x.Mean - series[300 + i]) / series[300 + i]).Average() * 100;
        // The signal is relative to its own four-week median, whose noise (sd 5.8% / √28 ≈ 1.1%) bounds the fit.
        Assert.True(Mape(withSignal) < 2.0, $"signal model MAPE {Mape(withSignal):F2}%");
        Assert.True(Mape(calendarOnly) > 3.0, $"calendar model MAPE {Mape(calendarOnly):F2}%");
    }

    [Fact]
    public void Predict_WebsiteRelaunched_ArrivalsNotReadAsRising()
    {
        // The same illness, but from evening 350 every visit is counted 1.6 times (a relaunch): arrivals do not change.
        var random = new Random(7);
        var level = Enumerable.Range(0, 401).Select(_ => 0.2 * (random.NextDouble() - 0.5)).ToArray();
        var series = new DailySeries("s", TestSeries.Start, [.. level.Take(400).Select(a => 100 * Math.Exp(a))]);
        var visitors = Enumerable.Range(0, 400)
            .SelectMany(d => EveningHours(TestSeries.Start.AddDays(d), (d >= 350 ? 1.6 : 1) * 5000 * Math.Exp(level[d + 1])))
            .ToList();
        var context = new ForecastContext(series, new TestSeries.PlainCalendar(), EveningSignal.FromHours(visitors, LocalDays.Stockholm));

        var predictions = RollingOrigin.Run(new CalendarRegressionModel(true), context, 300, 400);

        // From the third day on (two evenings to see the step), the four weeks a plain four-week baseline needs.
        var bias = Enumerable.Range(353, 28).Average(d => predictions[d - 300].Mean / series[d] - 1) * 100;
        Assert.InRange(bias, -2, 2);
    }

    [Fact]
    public void Predict_EveningMissing_FallsBackToCalendarAndSaysWhy()
    {
        var series = TestSeries.Weekly100(100);
        var visitors = Enumerable.Range(0, 98).SelectMany(d => EveningHours(TestSeries.Start.AddDays(d), 6000)).ToList();
        var signal = EveningSignal.FromHours(visitors, LocalDays.Stockholm);
        var context = new ForecastContext(series, new TestSeries.PlainCalendar(), signal, daysAhead: 1);

        var prediction = new CalendarRegressionModel(true).Fit(context, 0, 100).Predict(100);

        Assert.Contains("web signal missing for 6 of 6 hours (18–24)", prediction.Fallback);
        Assert.InRange(prediction.Mean, 100 * TestSeries.Weekly[100 % 7] * 0.99, 100 * TestSeries.Weekly[100 % 7] * 1.01);
    }

    internal static IEnumerable<HourlyVisitors> EveningHours(DateOnly date, double total) =>
        Enumerable.Range(18, 6).Select(h => new HourlyVisitors(
            "all",
            LocalDays.ToInstant(date.ToDateTime(new TimeOnly(h, 0)), LocalDays.Stockholm),
            (int)Math.Round(total / 6)));
}
