using Akutprognos.Storage;
using Akutprognos.Web.Health;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// Runs the forecast at the configured local time. At start it first catches up (see <see cref="DueAtStart"/>),
/// then opens <see cref="StartupGate"/>.
/// </summary>
sealed class NightlySchedule(
    AkutprognosDatabase database, WebAppOptions options, ForecastRunner runner, StartupGate gate, TimeProvider clock)
    : BackgroundService
{
    // Wake at least this often so a changed schedule takes effect without a restart.
    static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var date in DueAtStart(clock.GetUtcNow()))
            {
                await runner.RunAsync(date, "catch-up at start", stoppingToken);
            }
        }
        finally
        {
            gate.Open();
        }

        var handled = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var due = Settings().Next(handled, options.Zone);
            if (due <= now)
            {
                // After a long sleep (a suspended machine) only the latest missed run is made, once.
                handled = now;
                await runner.RunAsync(ScheduleSettings.TargetOf(due.Value, options.Zone), "nightly", stoppingToken);
                continue;
            }
            var wait = due is { } next ? next - now : LongestSleep;
            await Task.Delay(wait < LongestSleep ? wait : LongestSleep, clock, stoppingToken);
        }
    }

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

    ScheduleSettings Settings() => ScheduleSettings.From(database.Settings());
}
