using Akutprognos.Core.Calendar;
using Akutprognos.Web.Schedule;

namespace Akutprognos.Web.Tests.Schedule;

public sealed class ScheduleSettingsTests
{
    static readonly TimeZoneInfo Stockholm = LocalDays.Stockholm;

    [Theory]
    // Winter (CET, UTC+1), summer (CEST, UTC+2), and the two days the clocks change in 2026.
    [InlineData("2026-01-15T12:00:00Z", "2026-01-15T20:30:00Z")]
    [InlineData("2026-07-15T12:00:00Z", "2026-07-15T19:30:00Z")]
    [InlineData("2026-03-29T12:00:00Z", "2026-03-29T19:30:00Z")]
    [InlineData("2026-10-25T12:00:00Z", "2026-10-25T20:30:00Z")]
    public void Next_Default_Is2130LocalTimeWhateverTheOffset(string now, string expected)
    {
        var next = new ScheduleSettings(ScheduleSettings.DefaultCron).Next(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Stockholm);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Next_TimeSkippedBySpringForward_RunsOnceRightAfterTheGap()
    {
        // 02:30 does not exist on 29 March 2026 in Stockholm: clocks go from 02:00 to 03:00 (01:00 UTC).
        var next = new ScheduleSettings("30 2 * * *").Next(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero), Stockholm);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void Next_TimeRepeatedByFallBack_RunsOnce()
    {
        // 02:30 happens twice on 25 October 2026; the run after the first one is the next day's.
        var schedule = new ScheduleSettings("30 2 * * *");
        var first = schedule.Next(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero), Stockholm)!.Value;
        var second = schedule.Next(first, Stockholm)!.Value;
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), second);
    }

    [Fact]
    public void TargetOf_RunAt2130_IsTheNextLocalDay()
    {
        var run = new DateTimeOffset(2026, 3, 28, 20, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 3, 29), ScheduleSettings.TargetOf(run, Stockholm));
    }

    [Theory]
    [InlineData("30 21 * * *", true)]
    [InlineData("every evening", false)]
    [InlineData("61 21 * * *", false)]
    public void Problem_ChecksTheExpression(string cron, bool usable) => Assert.Equal(usable, ScheduleSettings.Problem(cron) is null);

    [Fact]
    public void From_StoredExpressionThatIsBroken_FallsBackToTheDefault() =>
        Assert.Equal(ScheduleSettings.DefaultCron, ScheduleSettings.From(new Dictionary<string, string> { [ScheduleSettings.CronSetting] = "nonsense" }).Cron);
}
