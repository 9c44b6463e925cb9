namespace Akutprognos.Core.Calendar;

/// <summary>
/// Local days of a time zone as spans of UTC hours. A local day is the span from local midnight to
/// the next local midnight, so it has 23, 24 or 25 hours around daylight-saving changes.
/// </summary>
public static class LocalDays
{
    /// <summary>The zone every hospital in the region keeps: Europe/Stockholm (IANA tzdb).</summary>
    public static TimeZoneInfo Stockholm { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The local date on which <paramref name="instant"/> falls in <paramref name="zone"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant at which local <paramref name="day"/> starts (local midnight, or the first valid time after it).</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => ToInstant(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>
    /// Converts a local clock time to an instant. A time in a spring-forward gap is moved forward by the
    /// gap (02:30 becomes 03:30 in Stockholm); an ambiguous fall-back time is read as the first occurrence
    /// (summer time), as a clock on the wall would read it the first time round.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime localClock, TimeZoneInfo zone)
    {
        var clock = DateTime.SpecifyKind(localClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(clock))
        {
            var gap = zone.GetAdjustmentRules().Length == 0 ? TimeSpan.FromHours(1) : GapLength(clock, zone);
            clock = clock.Add(gap);
        }
        var offset = zone.IsAmbiguousTime(clock) ? zone.GetAmbiguousTimeOffsets(clock).Max() : zone.GetUtcOffset(clock);
        return new DateTimeOffset(clock, offset).ToUniversalTime();
    }

    /// <summary>True when <paramref name="localClock"/> does not exist in <paramref name="zone"/> (a spring-forward gap).</summary>
    public static bool IsGap(DateTime localClock, TimeZoneInfo zone) =>
        zone.IsInvalidTime(DateTime.SpecifyKind(localClock, DateTimeKind.Unspecified));

    /// <summary>The UTC start of every hour of local <paramref name="day"/>: 23, 24 or 25 of them.</summary>
    public static IReadOnlyList<DateTimeOffset> HoursOf(DateOnly day, TimeZoneInfo zone)
    {
        var start = StartOf(day, zone);
        var end = StartOf(day.AddDays(1), zone);
        var hours = new List<DateTimeOffset>(25);
        for (var h = start; h < end; h = h.AddHours(1))
        {
            hours.Add(h);
        }
        return hours;
    }

    static TimeSpan GapLength(DateTime clock, TimeZoneInfo zone)
    {
        var before = zone.GetUtcOffset(clock.AddHours(-3));
        var after = zone.GetUtcOffset(clock.AddHours(3));
        var gap = after - before;
        return gap > TimeSpan.Zero ? gap : TimeSpan.FromHours(1);
    }
}
