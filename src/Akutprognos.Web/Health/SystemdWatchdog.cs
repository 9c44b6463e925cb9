using Microsoft.Extensions.Hosting.Systemd;

namespace Akutprognos.Web.Health;

/// <summary>
/// Tells systemd the process still works (<c>WATCHDOG=1</c>) at half the interval the unit's <c>WatchdogSec=</c> sets
/// (systemd passes it as <c>WATCHDOG_USEC</c>). A process that hangs stops telling, and systemd kills and restarts it.
/// Without systemd (no notifier is registered then), or without a watchdog, it does nothing.
/// </summary>
sealed class SystemdWatchdog(TimeProvider clock, ISystemdNotifier? notifier = null) : BackgroundService
{
    static readonly ServiceState Alive = new("WATCHDOG=1");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (notifier is not { IsEnabled: true } || Interval(Environment.GetEnvironmentVariable("WATCHDOG_USEC")) is not { } every)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            notifier.Notify(Alive);
            await Task.Delay(every, clock, stoppingToken);
        }
    }

    /// <summary>Half of <c>WATCHDOG_USEC</c> (microseconds), or null when it is not set or not a positive number.</summary>
    internal static TimeSpan? Interval(string? watchdogMicroseconds) =>
        long.TryParse(watchdogMicroseconds, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var micro) && micro > 0
            ? TimeSpan.FromMicroseconds(micro / 2.0)
            : null;
}
