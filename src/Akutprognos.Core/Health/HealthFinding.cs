namespace Akutprognos.Core.Health;

/// <summary>What kind of trouble a site's arrivals series shows.</summary>
public enum HealthKind
{
    /// <summary>Consecutive hours with no arrivals where the site is almost never empty: a feed outage, not a quiet night.</summary>
    Gap,

    /// <summary>The daily level moved abruptly and stayed: a changed export, a merged site, or a real change worth knowing.</summary>
    LevelChange,

    /// <summary>No arrivals stored for longer than the feed normally takes.</summary>
    LateFeed,
}

/// <summary>
/// One problem found in a site's stored arrivals, over the hours [<see cref="Start"/>, <see cref="End"/>) (UTC instants;
/// for a level change, the first day of the new level).
/// </summary>
public sealed record HealthFinding(string Site, HealthKind Kind, DateTimeOffset Start, DateTimeOffset End, string Detail)
{
    /// <summary>The kind as stored and printed: gap, level-change, late-feed.</summary>
    public string KindName => Kind switch
    {
        HealthKind.Gap => "gap",
        HealthKind.LevelChange => "level-change",
        _ => "late-feed",
    };

    /// <summary>The kind from its <see cref="KindName"/>.</summary>
    public static HealthKind ParseKind(string name) => name switch
    {
        "gap" => HealthKind.Gap,
        "level-change" => HealthKind.LevelChange,
        "late-feed" => HealthKind.LateFeed,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown health finding kind"),
    };
}
