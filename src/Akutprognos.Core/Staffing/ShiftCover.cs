namespace Akutprognos.Core.Staffing;

/// <summary>How many of one dated shift to staff.</summary>
public sealed record ShiftCount(ShiftInstance Shift, int Count);

/// <summary>
/// The fewest staff-hours of shifts covering every hour's requirement of one local day, solved as an integer
/// program (<see cref="CoverSolver"/>), not by a greedy rule. The candidate shifts are the templates starting on
/// the day before (night shifts that end in the morning) and on the day itself; every shift is costed at its real
/// length, all of it, even where it runs into the next day. Hours are UTC instants of the local day, so the 23-
/// and 25-hour days need no special case.
/// </summary>
public static class ShiftCover
{
    /// <summary>Every occurrence of <paramref name="templates"/> that covers at least one hour in <paramref name="hours"/> (UTC hour starts of <paramref name="day"/>).</summary>
    public static IReadOnlyList<ShiftInstance> Candidates(DateOnly day, IReadOnlyList<DateTimeOffset> hours, IReadOnlyList<ShiftTemplate> templates, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(templates);
        return [.. new[] { day.AddDays(-1), day }
            .SelectMany(d => templates.Select(t => t.On(d, zone)))
            .Where(s => hours.Any(s.Covers))];
    }

    /// <summary>
    /// The optimal shifts for <paramref name="required"/> staff in each of <paramref name="hours"/>; shifts with a
    /// count of zero are left out, the rest ordered by start.
    /// </summary>
    /// <exception cref="InvalidOperationException">An hour that needs staff is covered by no candidate shift.</exception>
    public static IReadOnlyList<ShiftCount> Plan(IReadOnlyList<DateTimeOffset> hours, IReadOnlyList<int> required, IReadOnlyList<ShiftInstance> candidates)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(candidates);
        if (hours.Count != required.Count)
        {
            throw new ArgumentException("One requirement per hour is needed.", nameof(required));
        }
        var most = required.DefaultIfEmpty(0).Max();
        var columns = candidates.Select(s => new CoverColumn(Covered(hours, s.Covers), 1, most, Minutes(s))).ToList();
        var counts = CoverSolver.Solve(required, new int[hours.Count], columns);
        return [.. candidates.Select((s, j) => new ShiftCount(s, counts[j])).Where(c => c.Count > 0).OrderBy(c => c.Shift.Start)];
    }

    /// <summary>Staff on duty in each hour with <paramref name="shifts"/>.</summary>
    public static int[] OnDuty(IReadOnlyList<DateTimeOffset> hours, IEnumerable<(Func<DateTimeOffset, bool> Covers, int Count)> shifts)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(shifts);
        var duty = new int[hours.Count];
        foreach (var (covers, count) in shifts)
        {
            for (var h = 0; h < hours.Count; h++)
            {
                duty[h] += covers(hours[h]) ? count : 0;
            }
        }
        return duty;
    }

    internal static int[] Covered(IReadOnlyList<DateTimeOffset> hours, Func<DateTimeOffset, bool> covers) =>
        [.. Enumerable.Range(0, hours.Count).Where(h => covers(hours[h]))];

    internal static long Minutes(ShiftInstance shift) => (long)Math.Round((shift.End - shift.Start).TotalMinutes);
}
