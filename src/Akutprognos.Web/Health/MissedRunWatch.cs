using Akutprognos.Core.Calendar;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;
using Akutprognos.Web.Schedule;

namespace Akutprognos.Web.Health;

/// <summary>
/// Alerts when the nightly forecast does not run at all: its scheduled time is more than <see cref="Grace"/> past
/// and no forecast run has started since (a schedule that hangs, a run that never ends). A failed run is not missed:
/// <see cref="JobRetry"/> reports that. Only times after this process started count; a restart catches up by itself.
/// Each missed time is alerted once, and <c>/health</c> is degraded until a forecast run starts.
/// </summary>
public sealed class MissedRunWatch(
    AkutprognosDatabase database, WebAppOptions options, NoticeSender notices, TimeProvider clock, ILogger<MissedRunWatch> log)
    : BackgroundService
{
    /// <summary>How late a run may start before it counts as missed.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(30);

    static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    readonly DateTimeOffset started = clock.GetUtcNow();
    DateTimeOffset? alerted;

    /// <summary>The scheduled time of the forecast run that did not happen, or null.</summary>
    public DateTimeOffset? Missed { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RunSchedule)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Every, clock, stoppingToken);
            await CheckAsync(clock.GetUtcNow(), stoppingToken);
        }
    }

    /// <summary>Checks now; returns how the alert went when one was sent, else nothing.</summary>
    internal async Task<IReadOnlyList<string>> CheckAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var due = ScheduleSettings.From(database.Settings()).Last(now - Grace, options.Zone);
            if (due is not { } last || last < started || database.Runs().Any(r => r.Kind == "forecast" && r.Started >= last))
            {
                Missed = null;
                return [];
            }
            Missed = last;
            if (alerted == last)
            {
                return [];
            }
            log.LogError("The forecast run due at {Due:u} has not started", last);
            var report = await notices.SendAsync(JobNotices.Missed("forecast", last, Grace, LocalDays.DateOf(now, options.Zone)), cancellationToken);
            alerted = last;
            return report;
        }
        catch (StorageException e)
        {
            // The storage check reports a database that cannot be read; the next check tries again.
            log.LogWarning("Checking for a missed forecast run failed: {Message}", e.Message);
            return [];
        }
    }
}
