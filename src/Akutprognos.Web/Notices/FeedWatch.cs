using Akutprognos.Core.Calendar;
using Akutprognos.Storage;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Notices;

/// <summary>
/// Alerts when a data feed is late: once when it becomes late, and once more when it is back, not at every check.
/// Which feeds were alerted on is stored with the settings, so a restart does not alert again.
/// </summary>
public sealed class FeedWatch(AkutprognosDatabase database, NoticeSender sender, WebAppOptions options, TimeProvider clock, ILogger<FeedWatch> log)
{
    /// <summary>The feeds alerted on as late and not back yet, one key per line.</summary>
    public const string AlertedSetting = "notices.late.alerted";

    readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Checks the feeds now; returns how each notice sent went (empty when nothing changed).</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await CheckAsync(clock.GetUtcNow(), cancellationToken);
        }
        catch (StorageException e)
        {
            // A database busy for a moment must not stop the schedule or the timer; the next check tries again.
            log.LogWarning("Checking the data feeds failed: {Message}", e.Message);
            return [$"feed check failed: {e.Message}"];
        }
    }

    internal async Task<IReadOnlyList<string>> CheckAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var stored = database.Settings();
            var settings = NoticeSettings.From(stored);
            if (settings.LateFeedHours == 0)
            {
                return [];
            }
            var late = LateFeed.Find(database.NewestHours(), now, TimeSpan.FromHours(settings.LateFeedHours));
            var alerted = stored.TryGetValue(AlertedSetting, out var text) ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
            var newlyLate = late.Where(f => !alerted.Contains(f.Key, StringComparer.Ordinal)).ToList();
            var back = alerted.Where(key => !late.Any(f => f.Key == key)).Order(StringComparer.Ordinal).ToList();
            var today = LocalDays.DateOf(now, options.Zone);
            var report = new List<string>();
            if (newlyLate.Count > 0)
            {
                report.AddRange(await sender.SendAsync(FeedNotices.Late(newlyLate, today, settings.LateFeedHours, options.Zone, SiteNames.From(database.Sites.All())), cancellationToken));
            }
            if (back.Count > 0)
            {
                report.AddRange(await sender.SendAsync(FeedNotices.Back(back, today, SiteNames.From(database.Sites.All())), cancellationToken));
            }
            if (newlyLate.Count > 0 || back.Count > 0)
            {
                // Recorded even when a channel failed (its failure is a run on the Schedule page): a mail server
                // that is down must not turn one alert into one an hour.
                database.SaveAppState(AlertedSetting, string.Join('\n', late.Select(f => f.Key).Order(StringComparer.Ordinal)));
            }
            return report;
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
