using System.Globalization;
using System.Text;

namespace Akutprognos.Web.Notices;

/// <summary>What the late-feed alert and the all-clear after it say.</summary>
static class FeedNotices
{
    public static Notice Late(IReadOnlyList<LateFeed> feeds, DateOnly today, int lateAfterHours, TimeZoneInfo zone)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"Data feeds with no new hour for more than {lateAfterHours} h; forecasts made without them fall back or go stale:\n"));
        foreach (var feed in feeds)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {feed.Describe(zone)}\n");
        }
        var subject = feeds.Count == 1
            ? $"Akutprognos ALERT: {LateFeed.Name(feeds[0].Key)} is late"
            : string.Create(CultureInfo.InvariantCulture, $"Akutprognos ALERT: {feeds.Count} data feeds are late");
        return new Notice(subject, text.ToString(), today, false, []) { Urgent = true };
    }

    public static Notice Back(IReadOnlyList<string> keys, DateOnly today)
    {
        var names = keys.Select(LateFeed.Name).ToList();
        var text = "Data feeds back on time:\n" + string.Concat(names.Select(n => $"- {n}\n"));
        return new Notice($"Akutprognos: {string.Join(", ", names)} back on time", text, today, true, []) { Urgent = true };
    }
}
