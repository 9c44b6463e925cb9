namespace Akutprognos.Core.Staffing;

/// <summary>
/// One hour of a role's plan at a site.
/// </summary>
/// <param name="Hour">UTC start of the hour.</param>
/// <param name="ExpectedArrivals">Forecast arrivals in the hour at the plan's quantile.</param>
/// <param name="OfferedLoad">Erlangs (Erlang methods) or mean patients present (ratio method).</param>
/// <param name="Required">Fewest staff meeting the target, at least the minimum.</param>
/// <param name="Planned">Staff on duty with the optimal shifts (≥ <paramref name="Required"/>; more where shifts overlap).</param>
/// <param name="Rostered">Staff on duty in the planned roster, or null without a roster for the site.</param>
/// <param name="MeasureRequired">Service level, or patients per staff member, with the required staff.</param>
/// <param name="MeasureRostered">The same with the rostered staff, or null.</param>
public readonly record struct HourPlan(
    DateTimeOffset Hour, double ExpectedArrivals, double OfferedLoad, int Required, int Planned, int? Rostered,
    double MeasureRequired, double? MeasureRostered)
{
    /// <summary>Rostered minus required: negative is a shortfall; null without a roster.</summary>
    public int? Gap => Rostered - Required;
}

/// <summary>A role's plan at one site: hours, the optimal shifts, and the changes to the roster.</summary>
public sealed record RolePlan(RolePolicy Policy, IReadOnlyList<HourPlan> Hours, IReadOnlyList<ShiftCount> Shifts, IReadOnlyList<RosterChange> Changes)
{
    /// <summary>The role's name, e.g. "doctor".</summary>
    public string Role => Policy.Role;

    /// <summary>Staff-hours of the optimal shifts, at their real length.</summary>
    public double StaffHours => Shifts.Sum(s => s.Shift.Hours * s.Count);
}

/// <summary>One site's plan for the day.</summary>
/// <param name="Site">Site name.</param>
/// <param name="ExpectedArrivals">Forecast arrivals of the day at the plan's quantile (the sum of its hours).</param>
/// <param name="HasRoster">True when a roster was given for the site.</param>
/// <param name="Roles">One plan per configured role.</param>
public sealed record SitePlan(string Site, double ExpectedArrivals, bool HasRoster, IReadOnlyList<RolePlan> Roles);

/// <summary>The staffing plan of a region for one local day.</summary>
public sealed record StaffingPlan(DateOnly Date, ForecastQuantile Quantile, IReadOnlyList<SitePlan> Sites);
