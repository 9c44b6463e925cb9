namespace Akutprognos.Web.Notices;

/// <summary>Checks the feeds at start and every hour between the nightly runs (which check too).</summary>
sealed class FeedWatchTimer(FeedWatch watch, WebAppOptions options, TimeProvider clock) : BackgroundService
{
    static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off with the schedule (API tests): they check by hand.
        if (!options.RunSchedule)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await watch.CheckAsync(stoppingToken);
            await Task.Delay(Every, clock, stoppingToken);
        }
    }
}
