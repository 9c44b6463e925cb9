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
internal sealed class VisitTally(CsvInput input, ArrivalsCsvOptions options, bool hasIds)
{
    // Site names come interned from SiteField, so the last site is found again by reference.
    readonly Dictionary<string, Dictionary<DateTimeOffset, int>> sites = new(StringComparer.Ordinal);
    readonly Dictionary<string, Visit> visits = new(StringComparer.Ordinal);
    readonly ArrivalTime time = new(input, options);
    string? lastSite;
    Dictionary<DateTimeOffset, int> lastCounts = [];

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
        if (time.Ambiguous > 0)
        {
            input.WarnFile(Invariant($"{time.Ambiguous} visit(s) fell in the repeated hour when clocks go back and, with no offset written, were counted as summer time."));
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
        var arrival = time.Read(text);
        var local = time.Local(arrival);
        var offset = local - arrival.UtcDateTime;
        var hour = local.AddTicks(-(local.Ticks % TimeSpan.TicksPerHour));
        return (arrival, new DateTimeOffset(hour, offset).ToUniversalTime());
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
        throw input.Error(Invariant($"the visit on this line has the id of line {earlier.Line} but arrives {Local(arrival):yyyy-MM-dd HH:mm} at {site}, not {Local(earlier.Arrival):yyyy-MM-dd HH:mm} at {earlier.Site} there."));
    }

    DateTime Local(DateTimeOffset instant) => time.Local(instant);

    readonly record struct Visit(DateTimeOffset Arrival, string Site, int Line);
}
