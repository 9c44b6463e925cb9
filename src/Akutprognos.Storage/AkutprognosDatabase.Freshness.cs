using Akutprognos.Storage.Settings;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage;

/// <summary>Which stored hourly series a feed fills.</summary>
public enum FeedKind
{
    /// <summary>A site's hourly ED arrivals.</summary>
    Arrivals,

    /// <summary>A web signal's hourly visitors.</summary>
    Visitors,
}

/// <summary>The newest stored hour of one feed.</summary>
/// <param name="Kind">Arrivals (per site) or visitors (per signal).</param>
/// <param name="Name">The site or the signal.</param>
/// <param name="NewestHour">The start (UTC) of the latest hour stored.</param>
public sealed record FeedNewest(FeedKind Kind, string Name, DateTimeOffset NewestHour);

// How fresh the feeds are, for the late-feed alerts, and the app's own notes about them.
public sealed partial class AkutprognosDatabase
{
    /// <summary>The newest stored hour of every site's arrivals and every signal's visitors, sites first, each by name.</summary>
    public IReadOnlyList<FeedNewest> NewestHours() => Read(connection =>
    {
        var arrivals = connection.Query(
            """
            SELECT s.name, m.newest FROM (SELECT site_id, MAX(hour_utc) AS newest FROM arrivals_hourly GROUP BY site_id) m
            JOIN sites s ON s.id = m.site_id ORDER BY s.name
            """,
            row => new FeedNewest(FeedKind.Arrivals, row.GetString(0), Instants.HourFromEpoch(row.GetInt64(1))));
        var visitors = connection.Query(
            "SELECT signal, MAX(hour_utc) FROM visitors_hourly GROUP BY signal ORDER BY signal",
            row => new FeedNewest(FeedKind.Visitors, row.GetString(0), Instants.HourFromEpoch(row.GetInt64(1))));
        return (IReadOnlyList<FeedNewest>)[.. arrivals, .. visitors];
    });

    /// <summary>
    /// Stores a value the app keeps for itself beside the settings (which late feeds were alerted on, say). No person
    /// changes it, so unlike <see cref="SaveSettings(IReadOnlyDictionary{string, string}, string)"/> it writes no audit line.
    /// </summary>
    public void SaveAppState(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        Write("Saving the app's state", transaction => SettingsStore.Set(transaction, new Dictionary<string, string> { [name] = value }, NowUtc));
    }
}
