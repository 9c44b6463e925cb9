using Akutprognos.Core.Forecasting;

namespace Akutprognos.Core.Staffing;

/// <summary>
/// From a day's stored forecast to a staffing plan for every site and role: hourly requirements
/// (<see cref="RoleDemand"/>), the optimal shifts (<see cref="ShiftCover"/>), and against a planned roster the
/// smallest change (<see cref="RosterAdvisor"/>). The region series is not staffed; its sites are.
/// </summary>
public static class StaffingPlanner
{
    /// <param name="date">The local day planned.</param>
    /// <param name="zone">The zone of local days and shift clock times.</param>
    /// <param name="forecasts">The day's forecasts per series; each site's hours are UTC hour starts of the day.</param>
    /// <param name="configuration">Roles, policies, shifts and the quantile.</param>
    /// <param name="roster">Planned roster lines for the day (any sites); a site with none is planned without one.</param>
    /// <exception cref="ArgumentException">A forecast is for another day or has no hours.</exception>
    public static StaffingPlan Plan(
        DateOnly date, TimeZoneInfo zone, IReadOnlyList<DayForecast> forecasts, StaffingConfiguration configuration, IReadOnlyList<RosterLine> roster)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(roster);
        var sites = forecasts.Where(f => !f.Id.IsRegion).ToList();
        foreach (var f in sites.Where(f => f.Date != date || f.Hours.Count == 0))
        {
            throw new ArgumentException($"The forecast for {f.Series} is for {f.Date:yyyy-MM-dd} with {f.Hours.Count} hours, not for {date:yyyy-MM-dd}.", nameof(forecasts));
        }
        var jobs = sites.SelectMany(f => configuration.Roles.Select(r => (Forecast: f, Role: r))).ToList();
        var plans = jobs.AsParallel().AsOrdered()
            .Select(j => PlanRole(date, zone, j.Forecast, configuration, j.Role, roster))
            .ToList();
        return new StaffingPlan(date, configuration.Quantile, [.. sites.Select((f, i) => new SitePlan(
            f.Series,
            f.Hours.Sum(h => configuration.Quantile.Of(h)),
            roster.Any(l => l.Site == f.Series),
            plans.Skip(i * configuration.Roles.Count).Take(configuration.Roles.Count).ToList()))]);
    }

    static RolePlan PlanRole(DateOnly date, TimeZoneInfo zone, DayForecast forecast, StaffingConfiguration configuration, RolePolicy role, IReadOnlyList<RosterLine> roster)
    {
        var policy = configuration.For(forecast.Series, role);
        var ordered = forecast.Hours.OrderBy(h => h.Hour).ToList();
        var hours = ordered.Select(h => h.Hour).ToList();
        var demand = new RoleDemand(policy, [.. ordered.Select(h => configuration.Quantile.Of(h))]);
        var candidates = ShiftCover.Candidates(date, hours, policy.Templates, zone);
        var shifts = ShiftCover.Plan(hours, demand.Required, candidates);
        var planned = ShiftCover.OnDuty(hours, shifts.Select(s => ((Func<DateTimeOffset, bool>)s.Shift.Covers, s.Count)));

        var hasRoster = roster.Any(l => l.Site == forecast.Series);
        var lines = roster.Where(l => l.Site == forecast.Series && string.Equals(l.Role, policy.Role, StringComparison.OrdinalIgnoreCase)).ToList();
        int[]? rostered = hasRoster ? ShiftCover.OnDuty(hours, lines.Select(l => ((Func<DateTimeOffset, bool>)l.Covers, l.Count))) : null;
        var changes = hasRoster ? RosterAdvisor.Advise(hours, demand, lines, candidates) : [];

        var hourPlans = hours.Select((h, i) => new HourPlan(
            h, demand.Arrivals[i], demand.OfferedLoad[i], demand.Required[i], planned[i], rostered?[i],
            demand.Quality(i, demand.Required[i]), rostered is null ? null : demand.Quality(i, rostered[i]))).ToList();
        return new RolePlan(policy, hourPlans, shifts, changes);
    }
}
