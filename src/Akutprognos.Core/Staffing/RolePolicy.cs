using System.Globalization;

namespace Akutprognos.Core.Staffing;

/// <summary>
/// How one role (doctor, nurse, assistant nurse …) is staffed: the method and its parameters, a minimum per
/// hour, and the shifts it may work. Checked on creation: a policy that cannot give a plan is refused.
/// </summary>
public sealed record RolePolicy
{
    /// <param name="role">Name, e.g. "doctor".</param>
    /// <param name="method">How the hourly requirement is found.</param>
    /// <param name="templates">The shifts the role works; together they must cover every hour of the day.</param>
    /// <param name="minimumStaff">Staff on duty every hour whatever the load, ≥ 0.</param>
    /// <param name="serviceMinutes">Erlang methods: the role's mean time per patient in minutes, &gt; 0.</param>
    /// <param name="serviceLevel">Erlang methods: the share to be served within <paramref name="targetMinutes"/>, in (0, 1).</param>
    /// <param name="targetMinutes">Erlang methods: the acceptable wait in minutes, ≥ 0.</param>
    /// <param name="stayMinutes">Ratio method: the patients' mean stay in the department in minutes, &gt; 0.</param>
    /// <param name="patientsPerStaff">Ratio method: patients present one staff member cares for, &gt; 0.</param>
    /// <exception cref="ArgumentException">A parameter the method needs is missing or out of range, or the shifts leave an hour uncovered.</exception>
    public RolePolicy(
        string role, StaffingMethod method, IReadOnlyList<ShiftTemplate> templates, int minimumStaff = 0,
        double serviceMinutes = 0, double serviceLevel = 0, double targetMinutes = 0, double stayMinutes = 0, double patientsPerStaff = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        ArgumentNullException.ThrowIfNull(templates);
        Role = role.Trim();
        Method = method;
        Templates = templates;
        MinimumStaff = minimumStaff >= 0 ? minimumStaff : throw Bad($"the minimum staff {minimumStaff} is negative");
        CheckCovers(Role, templates, null);
        if (method == StaffingMethod.PatientRatio)
        {
            StayMinutes = Positive(stayMinutes, "stay in minutes");
            PatientsPerStaff = Positive(patientsPerStaff, "patients per staff member");
            return;
        }
        ServiceMinutes = Positive(serviceMinutes, "service time in minutes");
        if (!(serviceLevel > 0 && serviceLevel < 1))
        {
            throw Bad(string.Create(CultureInfo.InvariantCulture,
                $"the service level {serviceLevel} cannot be reached: it must lie between 0 and 1 (e.g. 0.8), since with random arrivals no staffing serves every patient within a set time"));
        }
        ServiceLevel = serviceLevel;
        TargetMinutes = double.IsFinite(targetMinutes) && targetMinutes >= 0 ? targetMinutes : throw Bad("the target wait must be a number of minutes ≥ 0");
    }

    /// <summary>The role's name, trimmed, e.g. "doctor"; unique in a configuration regardless of case.</summary>
    public string Role { get; }

    /// <summary>How the hourly requirement is found: Erlang C (lag-SIPP or offered load) or patients per staff member.</summary>
    public StaffingMethod Method { get; }

    /// <summary>The shifts the role may work; together they cover every clock hour of the day.</summary>
    public IReadOnlyList<ShiftTemplate> Templates { get; init; }

    /// <summary>Staff on duty every hour whatever the load, ≥ 0.</summary>
    public int MinimumStaff { get; init; }

    /// <summary>Mean minutes the role spends per patient (Erlang methods); 0 for the ratio method.</summary>
    public double ServiceMinutes { get; }

    /// <summary>Target share served within <see cref="TargetMinutes"/> (Erlang methods).</summary>
    public double ServiceLevel { get; }

    /// <summary>The acceptable wait in minutes within which <see cref="ServiceLevel"/> is to be served (Erlang methods); 0 for the ratio method.</summary>
    public double TargetMinutes { get; }

    /// <summary>Mean stay of a patient in minutes (ratio method).</summary>
    public double StayMinutes { get; }

    /// <summary>Patients present per staff member (ratio method).</summary>
    public double PatientsPerStaff { get; }

    /// <summary>
    /// Checks that <paramref name="templates"/> together cover every clock hour of a day, naming the uncovered
    /// hours; <paramref name="site"/> (or null) for the message.
    /// </summary>
    /// <exception cref="ArgumentException">An hour is not covered.</exception>
    public static void CheckCovers(string role, IReadOnlyList<ShiftTemplate> templates, string? site)
    {
        var missing = Enumerable.Range(0, 24).Where(h => !templates.Any(t => t.CoversClockHour(h))).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var where = site is null ? "" : $" at {site}";
        if (missing.Count == 24)
        {
            throw new ArgumentException($"The {role} shifts{(site is null ? "" : $" at {site}")} cover no whole hour: every hour of the day needs a shift.");
        }
        var listed = templates.Count == 0 ? "no shifts" : string.Join(", ", templates.Select(t => t.Label));
        throw new ArgumentException(
            $"The {role} shifts{where} ({listed}) leave {Spans(missing)} uncovered: every hour of the day needs a shift (for the night, e.g. 21:00–07:30).");
    }

    static string Spans(List<int> hours)
    {
        // Walk the clock from a covered hour so a gap across midnight reads as one span (22:00–07:00).
        var missing = hours.ToHashSet();
        var from = Enumerable.Range(0, 24).First(h => !missing.Contains(h));
        var spans = new List<string>();
        for (var i = 1; i <= 24; i++)
        {
            var h = (from + i) % 24;
            if (!missing.Contains(h) || missing.Contains((h + 23) % 24))
            {
                continue;
            }
            var end = h;
            while (missing.Contains(end % 24))
            {
                end++;
            }
            spans.Add(string.Create(CultureInfo.InvariantCulture, $"{h:00}:00–{end % 24:00}:00"));
        }
        return string.Join(", ", spans);
    }

    double Positive(double value, string what) =>
        double.IsFinite(value) && value > 0 ? value : throw Bad(string.Create(CultureInfo.InvariantCulture, $"the {what} must be a number > 0, not {value}"));

    ArgumentException Bad(string problem) => new($"Role '{Role}': {problem}.");
}
