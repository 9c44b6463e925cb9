using Akutprognos.Web.Health;

namespace Akutprognos.Web.Tests.Health;

public sealed class SystemdWatchdogTests
{
    [Theory]
    [InlineData("60000000", 30.0)]
    [InlineData("1000000", 0.5)]
    public void Interval_WatchdogSet_HalfOfIt(string microseconds, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SystemdWatchdog.Interval(microseconds));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("sixty")]
    public void Interval_NoWatchdog_Null(string? microseconds) => Assert.Null(SystemdWatchdog.Interval(microseconds));
}
