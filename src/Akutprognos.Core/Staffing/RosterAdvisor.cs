namespace Akutprognos.Core.Staffing;

/// <summary>
/// The smallest change to a planned roster that meets every hour's requirement of the day: an integer program
/// (<see cref="CoverSolver"/>) that may call staff in for the role's shifts and release rostered staff. It
/// minimises staff-minutes called in minus staff-minutes released plus <see cref="MinutesPerChange"/> for each
/// person whose day changes, so it releases only true surplus and never swaps one shift for a similar one.
/// Roster lines that run past the end of the day are never released: the next day is not planned yet.
/// </summary>
public static class RosterAdvisor
{
    /// <summary>The cost of one call or release, in staff-minutes: two hours, less than any shift is long.</summary>
    public const long MinutesPerChange = 120;

    /// <summary>The changes for one role at one site, call-ins first, each ordered by start.</summary>
    /// <param name="hours">UTC hour starts of the day.</param>
    /// <param name="demand">The role's requirement and measures for those hours.</param>
    /// <param name="roster">The roster lines of this site and role.</param>
    /// <param name="candidates">Shifts that may be called in (<see cref="ShiftCover.Candidates"/>).</param>
    public static IReadOnlyList<RosterChange> Advise(
        IReadOnlyList<DateTimeOffset> hours, RoleDemand demand, IReadOnlyList<RosterLine> roster, IReadOnlyList<ShiftInstance> candidates)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(candidates);
        var dayEnd = hours[^1].AddHours(1);
        var rostered = ShiftCover.OnDuty(hours, roster.Select(l => ((Func<DateTimeOffset, bool>)l.Covers, l.Count)));
        var most = demand.Required.Max();
        var releasable = roster.Where(l => l.End <= dayEnd && ShiftCover.Covered(hours, l.Covers).Length > 0).ToList();
        var columns = candidates
            .Select(s => new CoverColumn(ShiftCover.Covered(hours, s.Covers), 1, most, ShiftCover.Minutes(s) + MinutesPerChange))
            .Concat(releasable.Select(l => new CoverColumn(
                ShiftCover.Covered(hours, l.Covers), -1, l.Count, MinutesPerChange - (long)Math.Round((l.End - l.Start).TotalMinutes))))
            .ToList();
        var chosen = CoverSolver.Solve(demand.Required, rostered, columns);

        var changes = new List<RosterChange>();
        for (var j = 0; j < columns.Count; j++)
        {
            if (chosen[j] == 0)
            {
                continue;
            }
            var (action, start, end) = j < candidates.Count
                ? (RosterAction.CallIn, candidates[j].Start, candidates[j].End)
                : (RosterAction.Release, releasable[j - candidates.Count].Start, releasable[j - candidates.Count].End);
            changes.Add(Explain(demand, rostered, columns[j].Hours, action, start, end, chosen[j]));
        }
        return [.. changes
            .GroupBy(c => (c.Action, c.Start, c.End))
            .Select(g => g.Count() == 1 ? g.First() : Explain(demand, rostered, ShiftCover.Covered(hours, h => g.Key.Start <= h && h.AddHours(1) <= g.Key.End), g.Key.Action, g.Key.Start, g.Key.End, g.Sum(c => c.Count)))
            .OrderBy(c => c.Action).ThenBy(c => c.Start)];
    }

    static RosterChange Explain(RoleDemand demand, int[] rostered, IReadOnlyList<int> covered, RosterAction action, DateTimeOffset start, DateTimeOffset end, int count)
    {
        var delta = action == RosterAction.CallIn ? count : -count;
        var before = covered.Select(h => demand.Quality(h, rostered[h])).ToList();
        var after = covered.Select(h => demand.Quality(h, Math.Max(0, rostered[h] + delta))).ToList();
        Func<IEnumerable<double>, double> worst = demand.HigherQualityIsBetter ? Enumerable.Min : Enumerable.Max;
        return new RosterChange(
            action, start, end, count, covered.Count,
            covered.Sum(h => demand.Arrivals[h]), covered.Average(h => demand.OfferedLoad[h]),
            worst(before), worst(after));
    }
}
