using Akutprognos.Core.Staffing;

namespace Akutprognos.Ingest.Staffing;

/// <summary>The JSON shape of <see cref="StaffingConfigJson"/>; converted to and from the checked domain records.</summary>
internal sealed class ConfigDocument
{
    public string? Quantile { get; set; }

    public List<RoleDocument>? Roles { get; set; }

    public List<SiteDocument>? Sites { get; set; }

    public StaffingConfiguration ToConfiguration()
    {
        if (!ForecastQuantiles.TryParse(Quantile ?? "mean", out var quantile))
        {
            throw new ArgumentException($"The quantile '{Quantile}' is not one of mean, p80, p90.");
        }
        return new StaffingConfiguration(
            quantile,
            [.. Roles!.Select(r => r.ToPolicy())],
            [.. (Sites ?? []).Select(s => new SiteOverride(
                s.Site ?? throw new ArgumentException("A site entry has no 'site'."),
                s.Role ?? throw new ArgumentException($"The entry for {s.Site} has no 'role'."),
                s.Minimum,
                s.Shifts is null ? null : Shifts(s.Shifts, $"{s.Role} at {s.Site}")))]);
    }

    public static ConfigDocument From(StaffingConfiguration configuration) => new()
    {
        Quantile = configuration.Quantile.Name(),
        Roles = [.. configuration.Roles.Select(RoleDocument.From)],
        Sites = [.. configuration.Overrides.Select(o => new SiteDocument
        {
            Site = o.Site,
            Role = o.Role,
            Minimum = o.MinimumStaff,
            Shifts = o.Templates?.Select(t => t.Label).ToList(),
        })],
    };

    /// <summary>The message without the ' (Parameter …)' suffix .NET appends.</summary>
    public static string Sentence(ArgumentException e) => e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);

    public static List<ShiftTemplate> Shifts(IEnumerable<string> texts, string owner) =>
        [.. texts.Select(t => ShiftTemplate.TryParse(t, out var template)
            ? template!
            : throw new ArgumentException($"The shift '{t}' of {owner} is not a clock range such as 07:00-16:00 or 21-07:30."))];
}

internal sealed class RoleDocument
{
    public string? Role { get; set; }

    public string? Method { get; set; }

    public double? ServiceMinutes { get; set; }

    public double? ServiceLevel { get; set; }

    public double? TargetMinutes { get; set; }

    public double? StayMinutes { get; set; }

    public double? PatientsPerStaff { get; set; }

    public int? Minimum { get; set; }

    public List<string>? Shifts { get; set; }

    public RolePolicy ToPolicy()
    {
        if (string.IsNullOrWhiteSpace(Role))
        {
            throw new ArgumentException("A role has no name ('role').");
        }
        if (!StaffingMethods.TryParse(Method, out var method))
        {
            throw new ArgumentException($"Role '{Role}': the method '{Method}' is not one of {string.Join(", ", StaffingMethods.All)}.");
        }
        if (Shifts is null)
        {
            throw new ArgumentException($"Role '{Role}': no 'shifts' are listed.");
        }
        return new RolePolicy(Role, method, ConfigDocument.Shifts(Shifts, Role), Minimum ?? 0,
            ServiceMinutes ?? 0, ServiceLevel ?? 0, TargetMinutes ?? 0, StayMinutes ?? 0, PatientsPerStaff ?? 0);
    }

    public static RoleDocument From(RolePolicy policy)
    {
        var ratio = policy.Method == StaffingMethod.PatientRatio;
        return new RoleDocument
        {
            Role = policy.Role,
            Method = policy.Method.Name(),
            ServiceMinutes = ratio ? null : policy.ServiceMinutes,
            ServiceLevel = ratio ? null : policy.ServiceLevel,
            TargetMinutes = ratio ? null : policy.TargetMinutes,
            StayMinutes = ratio ? policy.StayMinutes : null,
            PatientsPerStaff = ratio ? policy.PatientsPerStaff : null,
            Minimum = policy.MinimumStaff,
            Shifts = [.. policy.Templates.Select(t => t.Label)],
        };
    }
}

internal sealed class SiteDocument
{
    public string? Site { get; set; }

    public string? Role { get; set; }

    public int? Minimum { get; set; }

    public List<string>? Shifts { get; set; }
}
