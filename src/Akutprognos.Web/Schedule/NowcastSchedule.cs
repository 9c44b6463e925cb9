using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Storage;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// Issues the evening nowcasts at 18:00, 20:00, 22:00 and midnight local time (<see cref="NowcastIssue.Cron"/>). At start
/// it issues the latest one of the last two hours if it is not stored (the server was down then); older ones are
/// not made up, as a newer one is due soon. The readiness gate does not wait for it: the nightly forecast is what staffs.
/// </summary>
public sealed class NowcastSchedule(AkutprognosDatabase database, WebAppOptions options, NowcastRunner runner, TimeProvider clock)
    : BackgroundService
{
    static readonly TimeSpan CatchUpWindow = TimeSpan.FromHours(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RunSchedule)
        {
            return;
        }
        if (DueAtStart(clock.GetUtcNow()) is { } missed)
        {
            await runner.RunAsync(missed, "catch-up at start", stoppingToken);
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
                await runner.RunAsync(latest, "evening", stoppingToken);
                continue;
            }
            await Task.Delay(due - now, clock, stoppingToken);
        }
    }

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
