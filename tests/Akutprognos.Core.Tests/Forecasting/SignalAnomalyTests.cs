using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class SignalAnomalyTests
{
    static ForecastContext Context(Func<int, double> eveningVisitors, DailySeries? arrivals = null, int days = 200)
    {
        var series = arrivals ?? TestSeries.Weekly100(days);
        var visitors = Enumerable.Range(0, days)
            .SelectMany(d => CalendarRegressionModelTests.EveningHours(TestSeries.Start.AddDays(d), eveningVisitors(d)))
            .ToList();
        return new ForecastContext(series, new TestSeries.PlainCalendar(), EveningSignal.FromHours(visitors, LocalDays.Stockholm));
    }

    static readonly SignalWindow Evening = new(18, 24);

    [Fact]
    public void At_MediaEvening_IsDampedToAnOrdinaryChange()
    {
        var random = new Random(3);
        var noise = Enumerable.Range(0, 200).Select(_ => Math.Exp(0.04 * (random.NextDouble() - 0.5) * 3.46)).ToArray();
        var context = Context(d => 6000 * noise[d] * (d == 150 ? 2.5 : 1));
        var anomaly = SignalAnomaly.Fit(context, Evening, 0, 150);

        Assert.InRange(SignalAnomaly.Raw(context, Evening, 151), 0.8, 1.0); // log 2.5 ≈ 0.92
        Assert.True(anomaly.At(151) < 0.25, $"damped to {anomaly.At(151):F3}");
        Assert.InRange(anomaly.At(152), -0.1, 0.1); // and the evening after reads as usual
    }

    [Fact]
    public void At_GrowingAudience_StaysNearZero()
    {
        var context = Context(d => 6000 * Math.Pow(1.12, d / 365.0));
        var anomaly = SignalAnomaly.Fit(context, Evening, 0, 150);

        Assert.All(Enumerable.Range(40, 150), d => Assert.InRange(anomaly.At(d), -0.02, 0.02));
    }

    [Fact]
    public void At_Relaunch_FirstEveningDampedAndForgottenOnceTheBaselineHasSeenIt()
    {
        var random = new Random(5);
        var noise = Enumerable.Range(0, 200).Select(_ => Math.Exp(0.04 * (random.NextDouble() - 0.5) * 3.46)).ToArray();
        var context = Context(d => noise[d] * (d < 100 ? 6000 : 9600));
        var anomaly = SignalAnomaly.Fit(context, Evening, 0, 99);

        Assert.InRange(SignalAnomaly.Raw(context, Evening, 101), 0.4, 0.55); // log 1.6 ≈ 0.47
        Assert.True(anomaly.At(101) < 0.25, $"damped to {anomaly.At(101):F3}");
        Assert.InRange(anomaly.At(101 + SignalAnomaly.BaselineDays), -0.1, 0.1);
    }

    [Fact]
    public void At_RelaunchArrivalsDoNotFollow_RebasedAfterTwoEvenings()
    {
        var noise = Noise(7);
        var context = Context(d => noise[d] * (d < 100 ? 6000 : 9600));
        var anomaly = SignalAnomaly.Fit(context, Evening, 0, 99);

        Assert.Contains(SignalShifts.For(context, Evening).Found, s => s.Start == 100 && s.KnownFrom == 102);
        Assert.All(Enumerable.Range(102, 60), d => Assert.InRange(anomaly.At(d), -0.1, 0.1));
    }

    [Fact]
    public void At_RelaunchDuringFallingWave_RebasedAfterTwoEvenings()
    {
        // Illness falls 12% a week from day 86, in the signal and in the arrivals alike, so the relaunch's weekly change
        // (log 1.6 − 0.12 ≈ 0.35) is well short of its step.
        var noise = Noise(7);
        static double Wave(int d) => Math.Exp(-0.12 / 7 * Math.Max(0, d - 86));
        var arrivals = TestSeries.Weekly100(200).Values.Select((y, d) => y * Wave(d)).ToArray();
        var context = Context(d => noise[d] * Wave(d) * (d < 100 ? 6000 : 9600), new DailySeries("site", TestSeries.Start, arrivals));

        Assert.Contains(SignalShifts.For(context, Evening).Found, s => s.Start == 100 && s.KnownFrom == 102);
    }

    [Fact]
    public void At_RelaunchWhoseSecondEveningMeetsABusyOneAWeekBefore_RebasedAfterTwoEvenings()
    {
        // Evening 94 was 40% busier than usual, so evening 101's weekly change (log 1.6 − log 1.4 ≈ 0.13) is short of the
        // three-SD limit: as the second evening of a run it still counts.
        var noise = Noise(7);
        var context = Context(d => noise[d] * (d == 94 ? 1.4 : 1) * (d < 100 ? 6000 : 9600));

        Assert.Contains(SignalShifts.For(context, Evening).Found, s => s.Start == 100 && s.KnownFrom == 102);
    }

    [Fact]
    public void At_ArrivalsFromTheDayOnChanged_AnomalyUpToThatDayUnchanged()
    {
        var noise = Noise(7);
        var changed = TestSeries.Weekly100(200).Values.Select((y, d) => d < 102 ? y : 1.35 * y).ToArray();
        var original = SignalAnomaly.Fit(Context(d => noise[d] * (d < 100 ? 6000 : 9600)), Evening, 0, 99);
        var later = SignalAnomaly.Fit(Context(d => noise[d] * (d < 100 ? 6000 : 9600), new DailySeries("site", TestSeries.Start, changed)), Evening, 0, 99);

        Assert.All(Enumerable.Range(30, 73), d => Assert.Equal(original.At(d), later.At(d)));
    }

    [Fact]
    public void At_StepThatArrivalsFollow_StillReadsAsIllness()
    {
        var noise = Noise(7);
        var arrivals = TestSeries.Weekly100(200).Values.Select((y, d) => d <= 100 ? y : 1.35 * y).ToArray();
        var context = Context(d => noise[d] * (d < 100 ? 6000 : 9600), new DailySeries("site", TestSeries.Start, arrivals));
        var anomaly = SignalAnomaly.Fit(context, Evening, 0, 99);

        Assert.Empty(SignalShifts.For(context, Evening).Found);
        Assert.True(anomaly.At(110) > 0.3, $"read as {anomaly.At(110):F3}");
    }

    static double[] Noise(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 200).Select(_ => Math.Exp(0.04 * (random.NextDouble() - 0.5) * 3.46))];
    }

    [Fact]
    public void WhyMissing_EveningHourMissing_NamesWindowAndCount()
    {
        var context = Context(d => 6000);
        var hours = Enumerable.Range(0, 200)
            .SelectMany(d => CalendarRegressionModelTests.EveningHours(TestSeries.Start.AddDays(d), 6000))
            .Where(h => LocalDays.DateOf(h.Hour, LocalDays.Stockholm) != TestSeries.Start.AddDays(120) || TimeZoneInfo.ConvertTime(h.Hour, LocalDays.Stockholm).Hour != 21)
            .ToList();
        var gapped = new ForecastContext(context.Series, context.Calendar, EveningSignal.FromHours(hours, LocalDays.Stockholm));

        Assert.True(double.IsNaN(SignalAnomaly.Fit(gapped, Evening, 0, 100).At(121)));
        Assert.Contains("missing for 1 of 6 hours (18–24)", SignalAnomaly.WhyMissing(gapped, Evening, 121));
    }

    [Fact]
    public void AvailableAt_EveryWindowEndsByTheHourOfIssue()
    {
        foreach (var hour in SignalWindow.IssueHours)
        {
            var windows = SignalWindow.AvailableAt(hour);
            Assert.NotEmpty(windows);
            Assert.All(windows, w => Assert.True(w.ToHour <= hour && w.Hours >= 2));
        }
        Assert.Equal(SignalWindow.Candidates.Count, SignalWindow.AvailableAt(24).Intersect(SignalWindow.Candidates).Count());
    }
}
