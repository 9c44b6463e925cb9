using System.Globalization;
using Akutprognos.Core.Calendar;
using Akutprognos.Pipeline.Forecasts;

namespace Akutprognos.Web.Tests.Schedule;

public sealed class NowcastIssueTests
{
    static readonly TimeZoneInfo Stockholm = LocalDays.Stockholm;

    [Theory]
    // Summer (UTC+2) and winter (UTC+1): 18, 20 and 22 forecast the next day; midnight the day just begun, as hour 24.
    [InlineData("2026-07-15T16:00:00Z", "2026-07-16", 18)]
    [InlineData("2026-07-15T20:00:00Z", "2026-07-16", 22)]
    [InlineData("2026-07-15T22:00:00Z", "2026-07-16", 24)]
    [InlineData("2026-01-15T17:00:00Z", "2026-01-16", 18)]
    [InlineData("2026-01-15T23:00:00Z", "2026-01-16", 24)]
    public void Of_IssueTime_GivesTheDateAndHour(string at, string date, int hour)
    {
        var issue = NowcastIssue.Of(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture), Stockholm);
        Assert.Equal(new NowcastIssue(DateOnly.Parse(date, CultureInfo.InvariantCulture), hour), issue);
    }

    [Fact]
    public void Next_ThroughTheSpringChange_KeepsTheLocalHours()
    {
        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST.
        var at = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);
        var times = new List<DateTimeOffset>();
        for (var i = 0; i < 8; i++)
        {
            at = NowcastIssue.Next(at, Stockholm);
            times.Add(at);
        }
        Assert.Equal(
            ["2026-03-28T17:00:00Z", "2026-03-28T19:00:00Z", "2026-03-28T21:00:00Z", "2026-03-28T23:00:00Z",
             "2026-03-29T16:00:00Z", "2026-03-29T18:00:00Z", "2026-03-29T20:00:00Z", "2026-03-29T22:00:00Z"],
            times.Select(t => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Latest_WithinTwoHours_FindsTheIssueJustPassed()
    {
        var now = new DateTimeOffset(2026, 7, 15, 18, 30, 0, TimeSpan.Zero); // 20:30 CEST
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 18, 0, 0, TimeSpan.Zero), NowcastIssue.Latest(now, TimeSpan.FromHours(2), Stockholm));
        Assert.Null(NowcastIssue.Latest(now.AddHours(-5), TimeSpan.FromHours(2), Stockholm));
    }
}
