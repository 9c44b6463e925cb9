using Akutprognos.Core.Calendar;
using static System.FormattableString;

namespace Akutprognos.Ingest.Csv;

/// <summary>
/// Hourly counts of named series (sites or signals) as rows of a file give them, keyed by UTC hour.
/// <list type="bullet">
/// <item>A time with an offset is that instant (unless offsets are ignored); without one it is a local clock time.</item>
/// <item>A local hour that does not exist (spring forward) is added to the next valid hour, with a warning:
/// exporters write a 24-row grid on a 23-hour day.</item>
/// <item>On a fall-back day the repeated clock hour is read as summer time the first time it appears in the
/// file and as winter time the second time; rows are assumed to be in time order within that day, as exporters
/// write them. A single row for that hour is summer time.</item>
/// <item>An hour starting after now plus the margin is an error: counts cannot come from the future.</item>
/// <item>The same hour twice with the same count is dropped once; with different counts it is an error naming both lines.</item>
/// </list>
/// </summary>
internal sealed class HourlyGrid(CsvInput input, TimeZoneInfo zone, bool ignoreOffset, string what, DateTimeOffset now, TimeSpan futureMargin)
{
    readonly Dictionary<Key, Entry> entries = [];
    readonly ZoneClock zoneClock = new(zone);

    public void Add(string series, ReadOnlySpan<char> timeText, int count)
    {
        if (!WrittenTime.TryParse(timeText, out var time, out var problem))
        {
            throw input.Error(problem);
        }
        if (!time.HasTimeOfDay)
        {
            throw input.Error(Invariant($"'{timeText.ToString()}' is a date without a time; hourly rows need the hour, e.g. {time.Clock:yyyy-MM-dd}T14:00."));
        }
        if (!time.IsOnTheHour)
        {
            throw input.Error($"'{timeText}' is not on the hour; hourly rows must start at minute 0.");
        }
        var key = KeyFor(series, time, timeText);
        if (key.Hour > now + futureMargin)
        {
            throw input.Error(Invariant($"the hour {timeText.ToString()} is in the future (it is now {TimeZoneInfo.ConvertTime(now, zone):yyyy-MM-dd HH:mm}); the export or its time zone is wrong."));
        }
        if (entries.TryGetValue(key, out var earlier))
        {
            if (earlier.Count != count)
            {
                throw input.Error(Invariant($"{series} {timeText.ToString()} has {what} {count} here but {earlier.Count} on line {earlier.Line}."));
            }
            input.DuplicateRowsDropped++;
            return;
        }
        entries.Add(key, new Entry(count, input.Line));
    }

    /// <summary>The series' hours in order of series name, then time, with gap rows merged.</summary>
    public IEnumerable<(string Series, DateTimeOffset Hour, int Count)> Hours() =>
        entries.GroupBy(e => (e.Key.Series, e.Key.Hour), e => e.Value.Count)
            .Select(g => (g.Key.Series, g.Key.Hour, g.Sum()))
            .OrderBy(h => h.Series, StringComparer.Ordinal).ThenBy(h => h.Hour);

    Key KeyFor(string series, WrittenTime time, ReadOnlySpan<char> text)
    {
        if (time.Offset is { } offset && !ignoreOffset)
        {
            return new Key(series, new DateTimeOffset(time.Clock, offset).ToUniversalTime(), Slot.AsWritten);
        }
        var clock = time.Clock;
        var reading = zoneClock.Read(clock);
        switch (reading.Kind)
        {
            case ClockKind.Gap:
                var next = LocalDays.ToInstant(clock, zone);
                input.Warn(Invariant($"{text.ToString()} does not exist in {zone.Id} (clocks go forward); its {what} was added to the next hour, {TimeZoneInfo.ConvertTime(next, zone):HH:mm}."));
                return new Key(series, next, Slot.FromGap);
            case ClockKind.Repeated:
                var summer = new Key(series, new DateTimeOffset(clock, reading.First).ToUniversalTime(), Slot.AsWritten);
                return entries.ContainsKey(summer)
                    ? summer with { Hour = new DateTimeOffset(clock, reading.Second).ToUniversalTime() }
                    : summer;
            default:
                return new Key(series, new DateTimeOffset(clock, reading.First).ToUniversalTime(), Slot.AsWritten);
        }
    }

    // A gap row and the real next hour are kept apart so that each can still be checked for duplicates.
    enum Slot { AsWritten, FromGap }

    readonly record struct Key(string Series, DateTimeOffset Hour, Slot Slot);

    readonly record struct Entry(int Count, int Line);
}
