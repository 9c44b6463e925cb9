using System.Globalization;
using System.Text;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Notices;

/// <summary>What the late-feed alert and the all-clear after it say.</summary>
static class FeedNotices
{
    public static Notice Late(IReadOnlyList<LateFeed> feeds, DateOnly today, int lateAfterHours, TimeZoneInfo zone, SiteNames names)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"Data feeds with no new hour for more than {lateAfterHours} h; forecasts made without them fall back or go stale:\n"));
        foreach (var feed in feeds)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {feed.Describe(zone, names)}\n");
        }
        var subject = feeds.Count == 1
            ? $"Akutprognos ALERT: {LateFeed.Name(feeds[0].Key, names)} is late"
            : string.Create(CultureInfo.InvariantCulture, $"Akutprognos ALERT: {feeds.Count} data feeds are late");
        return new Notice(subject, text.ToString(), today, false, []) { Urgent = true };
    }

    public static Notice Back(IReadOnlyList<string> keys, DateOnly today, SiteNames names)
    {
        var feeds = keys.Select(k => LateFeed.Name(k, names)).ToList();
        var text = "Data feeds back on time:\n" + string.Concat(feeds.Select(n => $"- {n}\n"));
        return new Notice($"Akutprognos: {string.Join(", ", feeds)} back on time", text, today, true, []) { Urgent = true };
    }
}
