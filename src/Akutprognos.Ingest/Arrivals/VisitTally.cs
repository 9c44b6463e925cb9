using System.Runtime.InteropServices;
using Akutprognos.Core.Series;
using Akutprognos.Ingest.Csv;
using static System.FormattableString;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// Counts one-row-per-visit arrivals into local clock hours. Rows sharing an id are one visit (the repeats
/// must agree on time and site). A local time in a spring-forward gap cannot have happened and is an error;
/// a time in the repeated fall-back hour without an offset is read as summer time, with a warning.
/// </summary>
internal sealed class VisitTally(CsvInput input, TimeZoneInfo zone, bool ignoreOffset, bool hasIds)
{
    // Site names come interned from SiteField, so the last site is found again by reference.
    readonly Dictionary<string, Dictionary<DateTimeOffset, int>> sites = new(StringComparer.Ordinal);
    readonly Dictionary<string, Visit> visits = new(StringComparer.Ordinal);
    readonly ZoneClock zoneClock = new(zone);
    string? lastSite;
    Dictionary<DateTimeOffset, int> lastCounts = [];
    int ambiguous;

    public void Add(string site, ReadOnlySpan<char> timeText, ReadOnlySpan<char> id)
    {
        var (arrival, hour) = Arrival(timeText);
        if (hasIds && !IsNew(id, arrival, site))
        {
            input.DuplicateRowsDropped++;
            return;
        }
        if (!ReferenceEquals(site, lastSite))
        {
            lastCounts = CollectionsMarshal.GetValueRefOrAddDefault(sites, site, out _) ??= [];
            lastSite = site;
        }
        CollectionsMarshal.GetValueRefOrAddDefault(lastCounts, hour, out _)++;
    }

    /// <summary>
    /// Every hour from each site's first to its last visit, in order; hours between them with no visit are 0,
    /// since a per-visit export lists every visit of its period.
    /// </summary>
    public IReadOnlyList<HourlyArrivals> Hours()
    {
        if (ambiguous > 0)
        {
            input.WarnFile(Invariant($"{ambiguous} visit(s) fell in the repeated hour when clocks go back and, with no offset written, were counted as summer time."));
        }
        var hours = new List<HourlyArrivals>();
        foreach (var (site, counts) in sites.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var last = counts.Keys.Max();
            for (var hour = counts.Keys.Min(); hour <= last; hour = hour.AddHours(1))
            {
                hours.Add(new HourlyArrivals(site, hour, counts.GetValueOrDefault(hour)));
            }
        }
        return hours;
    }

    /// <summary>The arrival instant and the UTC start of its local clock hour.</summary>
    (DateTimeOffset Arrival, DateTimeOffset Hour) Arrival(ReadOnlySpan<char> text)
    {
        if (!WrittenTime.TryParse(text, out var time, out var problem))
        {
            throw input.Error(problem);
        }
        if (!time.HasTimeOfDay)
        {
            throw input.Error($"'{text}' is a date without a time; one row per visit needs the arrival time.");
        }
        var clock = time.Clock;
        TimeSpan offset;
        if (time.Offset is { } written && !ignoreOffset)
        {
            var instant = new DateTimeOffset(clock, written);
            offset = zoneClock.OffsetAt(instant);
            clock = instant.ToOffset(offset).DateTime;
        }
        else
        {
            var reading = zoneClock.Read(clock);
            if (reading.Kind == ClockKind.Gap)
            {
                throw input.Error($"{text} does not exist in {zone.Id}: the clocks skip that hour in spring, so no one can have arrived then.");
            }
            ambiguous += reading.Kind == ClockKind.Repeated ? 1 : 0;
            offset = reading.First;
        }
        var hour = clock.AddTicks(-(clock.Ticks % TimeSpan.TicksPerHour));
        return (new DateTimeOffset(clock, offset).ToUniversalTime(), new DateTimeOffset(hour, offset).ToUniversalTime());
    }

    bool IsNew(ReadOnlySpan<char> idText, DateTimeOffset arrival, string site)
    {
        if (idText.IsEmpty)
        {
            throw input.Error("the visit id is empty; every row needs one when the file has an id column.");
        }
        var id = idText.ToString();
        ref var earlier = ref CollectionsMarshal.GetValueRefOrAddDefault(visits, id, out var seen);
        if (!seen)
        {
            earlier = new Visit(arrival, site, input.Line);
            return true;
        }
        if (earlier.Arrival == arrival && earlier.Site == site)
        {
            return false;
        }
        throw input.Error(Invariant($"visit id {id} arrives {Local(arrival):yyyy-MM-dd HH:mm} at {site} here but {Local(earlier.Arrival):yyyy-MM-dd HH:mm} at {earlier.Site} on line {earlier.Line}."));
    }

    // Messages show the clock time an analyst sees in the file, not UTC.
    DateTime Local(DateTimeOffset instant) => instant.ToOffset(zoneClock.OffsetAt(instant)).DateTime;

    readonly record struct Visit(DateTimeOffset Arrival, string Site, int Line);
}
