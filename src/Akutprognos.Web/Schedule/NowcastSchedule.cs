using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Storage;
using Akutprognos.Web.Health;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// Issues the evening nowcasts at 18:00, 20:00, 22:00 and midnight local time (<see cref="NowcastIssue.Cron"/>). At start
/// it issues the latest one of the last two hours if it is not stored (the server was down then); older ones are
/// not made up, as a newer one is due soon. The readiness gate does not wait for it: the nightly forecast is what staffs.
/// Each issue goes through <paramref name="retry"/> when there is one (the app's; a test's schedule may run without).
/// </summary>
public sealed class NowcastSchedule(
    AkutprognosDatabase database, WebAppOptions options, NowcastRunner runner, TimeProvider clock, JobRetry? retry = null)
    : BackgroundService
{
    static readonly TimeSpan CatchUpWindow = TimeSpan.FromHours(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RunSchedule)
        {
            return;
        }
        DateTimeOffset? missed = null;
        try
        {
            missed = DueAtStart(clock.GetUtcNow());
        }
        catch (StorageException)
        {
            // The database cannot be read now; /health says so, and the next issue time tries again.
        }
        if (missed is { } atStart)
        {
            await RunAsync(atStart, "catch-up at start", stoppingToken);
        }
        var handled = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = NowcastIssue.Next(handled, options.Zone);
            var now = clock.GetUtcNow();
            if (due <= now)
            {
                // After a long sleep (a suspended machine) only the latest missed issue is made.
                var latest = NowcastIssue.Latest(now, now - handled, options.Zone) ?? due;
                handled = now;
                await RunAsync(latest, "evening", stoppingToken);
                continue;
            }
            await Task.Delay(due - now, clock, stoppingToken);
        }
    }

    Task<bool> RunAsync(DateTimeOffset issuedAt, string trigger, CancellationToken stoppingToken) => retry is null
        ? runner.RunAsync(issuedAt, trigger, stoppingToken)
        : retry.RunAsync(NowcastRunner.Kind, NowcastIssue.Of(issuedAt, options.Zone).Date,
            async token => await runner.RunAsync(issuedAt, trigger, token) ? null : "the nowcast failed; the Schedule page says why",
            alertsItself: false, null, stoppingToken);

    /// <summary>The issue time to make up at start: the latest of the last two hours when nothing is stored for it, else null.</summary>
    internal DateTimeOffset? DueAtStart(DateTimeOffset now)
    {
        if (NowcastIssue.Latest(now, CatchUpWindow, options.Zone) is not { } latest || database.Sites.All().Count == 0)
        {
            return null;
        }
        var issue = NowcastIssue.Of(latest, options.Zone);
        return database.Nowcasts(issue.Date).Any(n => n.IssueHour == issue.Hour) ? null : latest;
    }
}
