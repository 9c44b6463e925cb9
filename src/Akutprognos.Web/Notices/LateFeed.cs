using System.Globalization;
using Akutprognos.Storage;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Notices;

/// <summary>A feed with no new stored hour for longer than the admins allow.</summary>
/// <param name="Feed">The feed and its newest stored hour.</param>
/// <param name="Silence">How long since the end of that hour.</param>
public sealed record LateFeed(FeedNewest Feed, TimeSpan Silence)
{
    /// <summary>The feed's key in the record of alerted feeds: "arrivals:Danderyd", "visitors:all".</summary>
    public string Key => KeyOf(Feed);

    /// <summary>"arrivals from Danderyd: nothing after 2026-11-26 23:00 (40 h)", with the ED's display name from <paramref name="names"/>.</summary>
    public string Describe(TimeZoneInfo zone, SiteNames names)
    {
        var end = TimeZoneInfo.ConvertTime(Feed.NewestHour.AddHours(1), zone);
        return string.Create(CultureInfo.InvariantCulture, $"{Name(Key, names)}: nothing after {end:yyyy-MM-dd HH:mm} ({Silence.TotalHours:F0} h)");
    }

    /// <summary>The feeds whose newest hour ended more than <paramref name="lateAfter"/> before <paramref name="now"/>.</summary>
    public static IReadOnlyList<LateFeed> Find(IEnumerable<FeedNewest> feeds, DateTimeOffset now, TimeSpan lateAfter) =>
        [.. feeds.Select(f => new LateFeed(f, now - f.NewestHour.AddHours(1))).Where(f => f.Silence > lateAfter)];

    /// <summary>A key for people: "arrivals from Danderyd" (the ED's display name when it has one), "web visitors (all)".</summary>
    public static string Name(string key, SiteNames names) => key.Split(':', 2) switch
    {
        ["arrivals", var site] => $"arrivals from {names.Shown(site)}",
        [_, var signal] => $"web visitors ({signal})",
        _ => key,
    };

    static string KeyOf(FeedNewest feed) => (feed.Kind == FeedKind.Arrivals ? "arrivals:" : "visitors:") + feed.Name;
}
