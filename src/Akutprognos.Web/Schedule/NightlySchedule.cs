using Akutprognos.Storage;
using Akutprognos.Storage.Runs;
using Akutprognos.Web.Health;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// Runs the forecast at the configured local time. At start it first catches up (see <see cref="DueAtStart"/>),
/// then opens <see cref="StartupGate"/>. Each run goes through <see cref="JobRetry"/>, and a database that cannot be
/// read for a while only delays the schedule: nothing here stops the host.
/// </summary>
sealed class NightlySchedule(
    AkutprognosDatabase database, WebAppOptions options, ForecastRunner runner, StartupGate gate, TimeProvider clock, JobRetry retry,
    ILogger<NightlySchedule> log)
    : BackgroundService
{
    // Wake at least this often so a changed schedule takes effect without a restart.
    static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(1);

    ScheduleSettings? lastSettings;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var date in DueAtStart(clock.GetUtcNow()))
            {
                await RunAsync(date, "catch-up at start", gate.Open, stoppingToken);
            }
        }
        catch (StorageException e)
        {
            log.LogError("Checking for a missed forecast at start failed: {Message}", e.Message);
        }
        finally
        {
            gate.Open();
        }

        var handled = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            DateTimeOffset? due;
            try
            {
                due = Settings().Next(handled, options.Zone);
            }
            catch (StorageException e)
            {
                log.LogError("Reading the schedule failed; trying again in a minute: {Message}", e.Message);
                await Task.Delay(LongestSleep, clock, stoppingToken);
                continue;
            }
            if (due <= now)
            {
                // After a long sleep (a suspended machine) only the latest missed run is made, once.
                handled = now;
                await RunAsync(ScheduleSettings.TargetOf(due.Value, options.Zone), "nightly", null, stoppingToken);
                continue;
            }
            var wait = due is { } next ? next - now : LongestSleep;
            await Task.Delay(wait < LongestSleep ? wait : LongestSleep, clock, stoppingToken);
        }
    }

    Task<bool> RunAsync(DateOnly date, string trigger, Action? afterFirstAttempt, CancellationToken stoppingToken) =>
        retry.RunAsync("forecast", date, async token => await runner.RunAsync(date, trigger, token) is { Recorded: RunOutcomes.Failed } failed ? failed.Detail : null,
            alertsItself: true, afterFirstAttempt, stoppingToken);

    /// <summary>
    /// The day to forecast before serving, if any: tomorrow, when nothing is stored for it or when what is
    /// stored was made before this evening's scheduled run (the server was down at that time). A missed run
    /// for a day that has already begun is not made up: it would come too late to staff by.
    /// </summary>
    internal IReadOnlyList<DateOnly> DueAtStart(DateTimeOffset now)
    {
        var tomorrow = ScheduleSettings.TargetOf(now, options.Zone);
        var made = database.ForecastMade(tomorrow);
        var missed = Settings().Last(now, options.Zone) is { } last && ScheduleSettings.TargetOf(last, options.Zone) == tomorrow && made < last;
        if ((made is null || missed) && database.Sites.All().Count > 0)
        {
            return [tomorrow];
        }
        return [];
    }

    /// <summary>The schedule as stored, or as read last when the database cannot be read now: a run still falls due and fails loudly.</summary>
    ScheduleSettings Settings()
    {
        try
        {
            return lastSettings = ScheduleSettings.From(database.Settings());
        }
        catch (StorageException) when (lastSettings is { } known)
        {
            return known;
        }
    }
}
