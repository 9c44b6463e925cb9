using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class LevelRegressionModelTests
{
    static double[] Noisy(int days, int seed, double sd = 0.04)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, days).Select(i => 200 * TestSeries.Weekly[i % 7] * Math.Exp(sd * (random.NextDouble() - 0.5) * 3.46))];
    }

    [Fact]
    public void Predict_PureWeeklyPattern_ForecastsItWithinOnePercent()
    {
        var context = new ForecastContext(TestSeries.Weekly100(400), new TestSeries.PlainCalendar(), null, daysAhead: 7);
        var predictor = new LevelRegressionModel(useSignal: false).Fit(context, 0, 400);

        for (var day = 400; day < 407; day++)
        {
            var expected = 100 * TestSeries.Weekly[day % 7];
            Assert.InRange(predictor.Predict(day).Mean, expected * 0.99, expected * 1.01);
        }
    }

    [Fact]
    public void Run_LevelDropsThirtyPercentForSixtyDays_RecoversWithinAWeekBothWays()
    {
        var values = Noisy(900, 5);
        for (var i = 700; i < 760; i++)
        {
            values[i] *= 0.7;
        }
        var context = new ForecastContext(new DailySeries("s", TestSeries.Start, values), new TestSeries.PlainCalendar(), null);

        var level = RollingOrigin.Run(new LevelRegressionModel(false), context, 650, 900);
        var calendar = RollingOrigin.Run(new CalendarRegressionModel(false), context, 650, 900);

        double Mape(Prediction[] p, int from, int to) =>
            Enumerable.Range(from, to - from).Average(d => Math.Abs(p[d - 650].Mean - values[d]) / values[d]) * 100;
        // From a week after the drop, and a week after the recovery, the errors are back to the noise (±6.9% uniform: MAPE ≈ 3.5%).
        Assert.True(Mape(level, 707, 760) < 4.5, $"during the drop: {Mape(level, 707, 760):F2}%");
        Assert.True(Mape(level, 767, 900) < 4.5, $"after the recovery: {Mape(level, 767, 900):F2}%");
        Assert.True(Mape(level, 660, 700) < 4.5, $"before the drop: {Mape(level, 660, 700):F2}%");
        Assert.True(Mape(calendar, 721, 760) > 10, "the calendar model alone cannot see the drop");
    }

    [Fact]
    public void Predict_PandemicDropInTraining_KeepsTheWeekdayPattern()
    {
        // Two years; 35% fewer arrivals for ten weeks, then back over two weeks, with Mondays in the drop 30% quieter still.
        var values = Noisy(730, 9);
        for (var i = 300; i < 384; i++)
        {
            var depth = i < 370 ? 0.35 : 0.35 * (384 - i) / 14;
            values[i] *= (1 - depth) * (i % 7 == 0 ? 0.7 : 1);
        }
        var context = new ForecastContext(new DailySeries("s", TestSeries.Start, values), new TestSeries.PlainCalendar(), null, daysAhead: 7);

        var predictor = new LevelRegressionModel(useSignal: false).Fit(context, 0, 730);
        var week = Enumerable.Range(730, 7).Select(d => predictor.Predict(d).Mean).ToArray();

        for (var d = 0; d < 7; d++)
        {
            var expected = TestSeries.Weekly[(730 + d) % 7] / TestSeries.Weekly.Average();
            var forecast = week[d] / week.Average();
            Assert.True(Math.Abs(forecast / expected - 1) < 0.015, $"weekday {(730 + d) % 7}: {forecast:F3} against {expected:F3}");
        }
        Assert.InRange(week.Average(), 200 * 0.97, 200 * 1.03);
    }

    [Fact]
    public void Run_SingleOutlierDay_BarelyMovesTheNextForecasts()
    {
        var values = Noisy(700, 6);
        var context = new ForecastContext(new DailySeries("s", TestSeries.Start, values), new TestSeries.PlainCalendar(), null);
        var spiked = (double[])values.Clone();
        spiked[650] *= 3;
        var spikedContext = new ForecastContext(new DailySeries("s", TestSeries.Start, spiked), new TestSeries.PlainCalendar(), null);

        var clean = RollingOrigin.Run(new LevelRegressionModel(false), context, 651, 658);
        var other = RollingOrigin.Run(new LevelRegressionModel(false), spikedContext, 651, 658);

        Assert.All(clean.Zip(other), p => Assert.InRange(p.Second.Mean / p.First.Mean, 0.95, 1.05));
    }

    [Fact]
    public void Run_FutureActualsChanged_EarlierForecastsUnchanged()
    {
        var values = Noisy(500, 7);
        var damaged = values.Select((v, i) => i >= 450 ? v * 3 : v).ToArray();
        var a = RollingOrigin.Run(new LevelRegressionModel(false), new ForecastContext(new DailySeries("s", TestSeries.Start, values), new TestSeries.PlainCalendar(), null), 400, 451);
        var b = RollingOrigin.Run(new LevelRegressionModel(false), new ForecastContext(new DailySeries("s", TestSeries.Start, damaged), new TestSeries.PlainCalendar(), null), 400, 451);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Predict_SignalModel_UsesEveningBeforeAndBeatsLevelAlone()
    {
        var random = new Random(7);
        var illness = Enumerable.Range(0, 501).Select(_ => 0.2 * (random.NextDouble() - 0.5)).ToArray();
        var series = new DailySeries("s", TestSeries.Start, [.. illness.Take(500).Select(a => 100 * Math.Exp(a))]);
        var visitors = Enumerable.Range(0, 500)
            .SelectMany(d => CalendarRegressionModelTests.EveningHours(TestSeries.Start.AddDays(d), 5000 * Math.Exp(illness[d + 1])))
            .ToList();
        var context = new ForecastContext(series, new TestSeries.PlainCalendar(), EveningSignal.FromHours(visitors, LocalDays.Stockholm));

        var withSignal = RollingOrigin.Run(new LevelRegressionModel(true), context, 400, 500);
        var levelOnly = RollingOrigin.Run(new LevelRegressionModel(false), context, 400, 500);

        double Mape(Prediction[] p) => p.Select((x, i) => Math.Abs(x.Mean - series[400 + i]) / series[400 + i]).Average() * 100;
        Assert.True(Mape(withSignal) < 2.5, $"signal model MAPE {Mape(withSignal):F2}%");
        Assert.True(Mape(levelOnly) > 4, $"level model MAPE {Mape(levelOnly):F2}%");
    }

    [Fact]
    public void Predict_IllnessSeenByArrivalsAndWeb_ComesCloseToTheKalmanFilter()
    {
        // A latent illness level a(d), AR(1); arrivals ~ Poisson(300·weekday·e^a(d)); the evening before day d reads
        // e^(a(d) + 3% noise). The best forecaster from both sensors is the Kalman filter that knows the true parameters.
        const double phi = 0.7, sd = 0.06, webNoise = 0.03, mean = 300;
        const int days = 1200, testFrom = 835;
        var random = new Random(11);
        var a = new double[days];
        for (var d = 1; d < days; d++)
        {
            a[d] = phi * a[d - 1] + MathNet.Numerics.Distributions.Normal.Sample(random, 0, sd * Math.Sqrt(1 - phi * phi));
        }
        var expected = Enumerable.Range(0, days).Select(d => mean * TestSeries.Weekly[d % 7]).ToArray();
        var series = new DailySeries("s", TestSeries.Start,
            [.. Enumerable.Range(0, days).Select(d => (double)MathNet.Numerics.Distributions.Poisson.Sample(random, expected[d] * Math.Exp(a[d])))]);
        var web = Enumerable.Range(0, days).Select(d => a[d] + MathNet.Numerics.Distributions.Normal.Sample(random, 0, webNoise)).ToArray();
        var visitors = Enumerable.Range(0, days - 1)
            .SelectMany(d => CalendarRegressionModelTests.EveningHours(TestSeries.Start.AddDays(d), 5000 * Math.Exp(web[d + 1])))
            .ToList();
        var context = new ForecastContext(series, new TestSeries.PlainCalendar(), EveningSignal.FromHours(visitors, LocalDays.Stockholm));

        double Mape(Func<int, double> forecast) =>
            Enumerable.Range(testFrom, days - testFrom).Average(d => Math.Abs(forecast(d) - series[d]) / series[d]) * 100;
        double KalmanMape(bool withWeb)
        {
            var kalman = new double[days];
            double m = 0, p = sd * sd;
            for (var d = 0; d < days; d++)
            {
                if (withWeb)
                {
                    var gain = p / (p + webNoise * webNoise);
                    m += gain * (web[d] - m);
                    p *= 1 - gain;
                }
                kalman[d] = expected[d] * Math.Exp(m);
                var k = p / (p + 1 / expected[d]);
                m = phi * (m + k * (Math.Log(Math.Max(series[d], 0.5) / expected[d]) - m));
                p = phi * phi * (1 - k) * p + sd * sd * (1 - phi * phi);
            }
            return Mape(d => kalman[d]);
        }

        var withSignal = RollingOrigin.Run(new LevelRegressionModel(true), context, testFrom, days);
        var levelOnly = RollingOrigin.Run(new LevelRegressionModel(false), context, testFrom, days);
        var (signalMape, levelMape) = (Mape(d => withSignal[d - testFrom].Mean), Mape(d => levelOnly[d - testFrom].Mean));
        var (signalBest, levelBest) = (KalmanMape(withWeb: true), KalmanMape(withWeb: false));
        Assert.True(levelMape < 1.03 * levelBest, $"level model MAPE {levelMape:F2}% against the Kalman filter's {levelBest:F2}%");
        Assert.True(signalMape < 1.06 * signalBest, $"signal model MAPE {signalMape:F2}% against the Kalman filter's {signalBest:F2}%");
    }
}
