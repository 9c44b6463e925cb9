namespace Akutprognos.Core.Staffing;

/// <summary>A site's own minimum or shifts for one role, in place of the role's defaults.</summary>
/// <param name="Site">The site name as the arrivals name it.</param>
/// <param name="Role">A role of the configuration.</param>
/// <param name="MinimumStaff">Replaces the role's minimum per hour, or null to keep it.</param>
/// <param name="Templates">Replaces the role's shifts, or null to keep them.</param>
public sealed record SiteOverride(string Site, string Role, int? MinimumStaff, IReadOnlyList<ShiftTemplate>? Templates);

/// <summary>
/// Everything a staffing plan needs besides the forecast and the roster: the risk setting, the roles and
/// their policies, and per-site exceptions. Checked on creation.
/// </summary>
public sealed record StaffingConfiguration
{
    /// <exception cref="ArgumentException">No roles, a role named twice, or an override for an unknown role, with a negative minimum, or with shifts that leave an hour uncovered.</exception>
    public StaffingConfiguration(ForecastQuantile quantile, IReadOnlyList<RolePolicy> roles, IReadOnlyList<SiteOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(overrides);
        if (roles.Count == 0)
        {
            throw new ArgumentException("The staffing configuration names no roles.", nameof(roles));
        }
        var twice = roles.GroupBy(r => r.Role, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"The role '{twice.Key}' is configured twice.", nameof(roles));
        }
        foreach (var o in overrides)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(o.Site);
            if (!roles.Any(r => string.Equals(r.Role, o.Role, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The settings for {o.Site} name the role '{o.Role}', which is not configured (roles: {string.Join(", ", roles.Select(r => r.Role))}).", nameof(overrides));
            }
            if (o.MinimumStaff < 0)
            {
                throw new ArgumentException($"The minimum {o.Role} staff at {o.Site} is negative.", nameof(overrides));
            }
            if (o.Templates is not null)
            {
                RolePolicy.CheckCovers(o.Role, o.Templates, o.Site);
            }
        }
        Quantile = quantile;
        Roles = roles;
        Overrides = overrides;
    }

    /// <summary>The point of the hourly forecast staffed for.</summary>
    public ForecastQuantile Quantile { get; }

    /// <summary>The roles staffed at every site, each with its default policy; at least one, no name twice.</summary>
    public IReadOnlyList<RolePolicy> Roles { get; }

    /// <summary>Per-site exceptions to the roles' minimums or shifts; empty when every site follows the defaults.</summary>
    public IReadOnlyList<SiteOverride> Overrides { get; }

    /// <summary>The policy of <paramref name="role"/> at <paramref name="site"/>, with the site's exceptions applied.</summary>
    public RolePolicy For(string site, RolePolicy role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var policy = role;
        foreach (var o in Overrides.Where(o => o.Site == site && string.Equals(o.Role, role.Role, StringComparison.OrdinalIgnoreCase)))
        {
            policy = policy with { MinimumStaff = o.MinimumStaff ?? policy.MinimumStaff, Templates = o.Templates ?? policy.Templates };
        }
        return policy;
    }

    /// <summary>The same configuration staffing to <paramref name="quantile"/> instead.</summary>
    public StaffingConfiguration WithQuantile(ForecastQuantile quantile) => new(quantile, Roles, Overrides);

    /// <summary>The configured role named <paramref name="name"/> (any case), or null.</summary>
    public RolePolicy? Role(string name) => Roles.FirstOrDefault(r => string.Equals(r.Role, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A starting point for a Swedish ED: doctors by Erlang C with lag-SIPP, 30 minutes of doctor time per patient,
    /// 80% seen within 60 minutes, at least one; nurses one per four patients present and assistant nurses one per
    /// six, with a mean stay of 4 hours (Swedish EDs report a median stay of about 3–4 hours), at least two and one;
    /// shifts 07–16, 13–22 and 21–07:30. Staffs to the mean forecast.
    /// </summary>
    public static StaffingConfiguration Default { get; } = new(
        ForecastQuantile.Mean,
        [
            new RolePolicy("doctor", StaffingMethod.LagSipp, DefaultShifts, minimumStaff: 1, serviceMinutes: 30, serviceLevel: 0.8, targetMinutes: 60),
            new RolePolicy("nurse", StaffingMethod.PatientRatio, DefaultShifts, minimumStaff: 2, stayMinutes: 240, patientsPerStaff: 4),
            new RolePolicy("assistant nurse", StaffingMethod.PatientRatio, DefaultShifts, minimumStaff: 1, stayMinutes: 240, patientsPerStaff: 6),
        ],
        []);

    static IReadOnlyList<ShiftTemplate> DefaultShifts =>
    [
        new(new TimeOnly(7, 0), new TimeOnly(16, 0)),
        new(new TimeOnly(13, 0), new TimeOnly(22, 0)),
        new(new TimeOnly(21, 0), new TimeOnly(7, 30)),
    ];
}
