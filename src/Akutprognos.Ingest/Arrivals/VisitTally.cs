using Akutprognos.Core.Calendar;
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
    readonly Dictionary<(string Site, DateTimeOffset Hour), int> counts = [];
    readonly Dictionary<string, Visit> visits = new(StringComparer.Ordinal);
    int ambiguous;

    public void Add(string site, ReadOnlySpan<char> timeText, ReadOnlySpan<char> id)
    {
        var arrival = Arrival(timeText);
        if (hasIds && !IsNew(id, arrival, site))
        {
            input.DuplicateRowsDropped++;
            return;
        }
        var hour = HourStart(arrival);
        counts[(site, hour)] = counts.GetValueOrDefault((site, hour)) + 1;
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
        var hours = new List<HourlyArrivals>(counts.Count);
        foreach (var site in counts.Keys.Select(k => k.Site).Distinct().Order(StringComparer.Ordinal))
        {
            var span = counts.Keys.Where(k => k.Site == site).Select(k => k.Hour).ToArray();
            for (var hour = span.Min(); hour <= span.Max(); hour = hour.AddHours(1))
            {
                hours.Add(new HourlyArrivals(site, hour, counts.GetValueOrDefault((site, hour))));
            }
        }
        return hours;
    }

    DateTimeOffset Arrival(ReadOnlySpan<char> text)
    {
        if (!WrittenTime.TryParse(text, out var time, out var problem))
        {
            throw input.Error(problem);
        }
        if (!time.HasTimeOfDay)
        {
            throw input.Error($"'{text}' is a date without a time; one row per visit needs the arrival time.");
        }
        if (time.Offset is { } offset && !ignoreOffset)
        {
            return new DateTimeOffset(time.Clock, offset);
        }
        if (LocalDays.IsGap(time.Clock, zone))
        {
            throw input.Error($"{text} does not exist in {zone.Id}: the clocks skip that hour in spring, so no one can have arrived then.");
        }
        if (zone.IsAmbiguousTime(time.Clock))
        {
            ambiguous++;
        }
        return LocalDays.ToInstant(time.Clock, zone);
    }

    bool IsNew(ReadOnlySpan<char> idText, DateTimeOffset arrival, string site)
    {
        if (idText.IsEmpty)
        {
            throw input.Error("the visit id is empty; every row needs one when the file has an id column.");
        }
        var id = idText.ToString();
        if (!visits.TryGetValue(id, out var earlier))
        {
            visits.Add(id, new Visit(arrival, site, input.Line));
            return true;
        }
        if (earlier.Arrival == arrival && earlier.Site == site)
        {
            return false;
        }
        throw input.Error(Invariant($"visit id {id} arrives at {arrival.ToUniversalTime():yyyy-MM-dd HH:mm}Z at {site} here but at {earlier.Arrival.ToUniversalTime():yyyy-MM-dd HH:mm}Z at {earlier.Site} on line {earlier.Line}."));
    }

    // The start of the local clock hour holding the instant, as a UTC instant (zones with half-hour offsets included).
    DateTimeOffset HourStart(DateTimeOffset arrival)
    {
        var local = TimeZoneInfo.ConvertTime(arrival, zone);
        var floored = local.AddTicks(-(local.Ticks % TimeSpan.TicksPerHour));
        return floored.ToUniversalTime();
    }

    readonly record struct Visit(DateTimeOffset Arrival, string Site, int Line);
}
