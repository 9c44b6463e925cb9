namespace Akutprognos.Ingest.Csv;

/// <summary>
/// A zone's offsets for local clock times and for instants, remembered per quarter hour. Consulting the zone's
/// rules costs a few hundred nanoseconds a call, several calls a row; rows come in time order, so the last
/// quarter hour's answer nearly always holds. Every real zone changes offset on a quarter-hour boundary.
/// </summary>
internal sealed class ZoneClock(TimeZoneInfo zone)
{
    const long TicksPerSlot = TimeSpan.TicksPerMinute * 15;

    long lastClockSlot = -1;
    ClockReading lastClock;
    long lastInstantSlot = -1;
    TimeSpan lastInstantOffset;

    public TimeZoneInfo Zone => zone;

    /// <summary>How <paramref name="clock"/> (a local clock time) reads in the zone.</summary>
    public ClockReading Read(DateTime clock)
    {
        var slot = clock.Ticks / TicksPerSlot;
        if (slot != lastClockSlot)
        {
            lastClock = Consult(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified));
            lastClockSlot = slot;
        }
        return lastClock;
    }

    /// <summary>The zone's offset at <paramref name="instant"/>.</summary>
    public TimeSpan OffsetAt(DateTimeOffset instant)
    {
        var slot = instant.UtcTicks / TicksPerSlot;
        if (slot != lastInstantSlot)
        {
            lastInstantOffset = zone.GetUtcOffset(instant);
            lastInstantSlot = slot;
        }
        return lastInstantOffset;
    }

    ClockReading Consult(DateTime clock)
    {
        if (zone.IsInvalidTime(clock))
        {
            return new ClockReading(ClockKind.Gap, default, default);
        }
        if (zone.IsAmbiguousTime(clock))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(clock);
            return new ClockReading(ClockKind.Repeated, offsets.Max(), offsets.Min());
        }
        var offset = zone.GetUtcOffset(clock);
        return new ClockReading(ClockKind.Once, offset, offset);
    }
}

internal enum ClockKind
{
    /// <summary>The clock shows this time exactly once.</summary>
    Once,

    /// <summary>Skipped when the clocks go forward: the time never happens.</summary>
    Gap,

    /// <summary>Shown twice when the clocks go back: first in summer time, then in winter time.</summary>
    Repeated,
}

/// <summary>A local clock time's kind and offsets: for a repeated time, the first (summer) and second (winter).</summary>
internal readonly record struct ClockReading(ClockKind Kind, TimeSpan First, TimeSpan Second);
