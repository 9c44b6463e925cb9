namespace Akutprognos.Core.Staffing;

/// <summary>
/// A line of a planned roster: <see cref="Count"/> staff of <see cref="Role"/> at <see cref="Site"/> from
/// <see cref="Start"/> to <see cref="End"/> (UTC instants). Checked on creation.
/// </summary>
public sealed record RosterLine
{
    /// <exception cref="ArgumentException">An empty name, an end not after the start, a shift longer than a day, or a count below 1.</exception>
    public RosterLine(string site, string role, DateTimeOffset start, DateTimeOffset end, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(site);
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        if (end <= start)
        {
            throw new ArgumentException("The shift ends before it starts.", nameof(end));
        }
        if (end - start > TimeSpan.FromHours(24))
        {
            throw new ArgumentException("The shift is longer than 24 hours.", nameof(end));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        (Site, Role, Start, End, Count) = (site, role, start.ToUniversalTime(), end.ToUniversalTime(), count);
    }

    /// <summary>The site name as the arrivals name it.</summary>
    public string Site { get; }

    /// <summary>The role the staff work as, e.g. "nurse".</summary>
    public string Role { get; }

    /// <summary>When the shift starts, as a UTC instant.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>When the shift ends, as a UTC instant: after <see cref="Start"/> and at most 24 hours later.</summary>
    public DateTimeOffset End { get; }

    /// <summary>Staff on the shift, at least 1.</summary>
    public int Count { get; }

    /// <summary>True when the hour starting at <paramref name="hour"/> lies wholly inside the shift.</summary>
    public bool Covers(DateTimeOffset hour) => Start <= hour && hour.AddHours(1) <= End;
}
