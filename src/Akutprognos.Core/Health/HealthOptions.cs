namespace Akutprognos.Core.Health;

/// <summary>Thresholds of the arrivals health checks; the defaults suit EDs with tens to hundreds of visits a day.</summary>
public sealed record HealthOptions
{
    /// <summary>
    /// A run of empty hours is a gap when the arrivals usually seen in those hours add up to at least this many.
    /// Under a Poisson model an empty run with expected count λ has probability e^−λ: 10 gives 4.5·10⁻⁵, so a
    /// flagged gap is almost never a quiet spell.
    /// </summary>
    public double GapMinExpectedArrivals { get; init; } = 10;

    /// <summary>Days before a candidate change that set the old level.</summary>
    public int LevelBeforeDays { get; init; } = 28;

    /// <summary>Days after it that must hold the new level (a whole week, so weekdays cancel out).</summary>
    public int LevelAfterDays { get; init; } = 7;

    /// <summary>Smallest relative change of the daily mean that counts, e.g. 0.25 = ±25%.</summary>
    public double LevelMinRelativeChange { get; init; } = 0.25;

    /// <summary>Smallest change in Poisson standard errors of the two means that counts.</summary>
    public double LevelMinZ { get; init; } = 5;

    /// <summary>A feed is late when its newest stored arrival is older than this.</summary>
    public TimeSpan LateAfter { get; init; } = TimeSpan.FromHours(36);
}
