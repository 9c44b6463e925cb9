using System.Globalization;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Web.Settings;

/// <summary>One shift template as the settings show it: the clock times and every role that works it.</summary>
public sealed record ShiftRow(ShiftTemplate Template, IReadOnlyList<string> Roles)
{
    /// <summary>Hours from start to end on an ordinary day.</summary>
    public double LengthHours
    {
        get
        {
            var length = Template.End.ToTimeSpan() - Template.Start.ToTimeSpan();
            return (length <= TimeSpan.Zero ? length + TimeSpan.FromDays(1) : length).TotalHours;
        }
    }

    public string Describe() => $"{Template.Label} ({string.Join(", ", Roles)})";
}

/// <summary>
/// The shifts of a staffing configuration as one table: the roles each list their own shifts, and a template shared
/// by several roles is one row. Changing a row changes every role's list, each role checked as the file reader checks it.
/// </summary>
public static class ShiftTable
{
    public static IReadOnlyList<ShiftRow> Rows(StaffingConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return [.. configuration.Roles
            .SelectMany(r => r.Templates.Select(t => (Template: t, r.Role)))
            .GroupBy(x => x.Template)
            .Select(g => new ShiftRow(g.Key, [.. g.Select(x => x.Role)]))
            .OrderBy(r => r.Template.Start).ThenBy(r => r.LengthHours)];
    }

    /// <summary>Reads the start ("07:00") and length in hours ("9" or "9,5") of a shift; null with the problem when unusable.</summary>
    public static (ShiftTemplate? Template, string? Problem) Read(string? start, string? lengthHours)
    {
        if (!TimeOnly.TryParseExact((start ?? "").Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            return (null, "Write the start as a clock time, e.g. 07:00.");
        }
        var lengthText = (lengthHours ?? "").Trim().Replace(',', '.');
        if (!double.TryParse(lengthText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var hours))
        {
            return (null, "Write the length in hours, e.g. 9 or 10.5.");
        }
        var minutes = Math.Round(hours * 60);
        // A shift of a whole day or more has the same start and end clock times, which a template cannot say.
        if (minutes <= 0 || minutes >= 24 * 60)
        {
            return (null, "The length must be more than 0 and less than 24 hours.");
        }
        return (new ShiftTemplate(from, from.AddMinutes(minutes)), null);
    }

    /// <summary>
    /// The configuration with <paramref name="removed"/> (or nothing) taken out of every role and <paramref name="added"/>
    /// (or nothing) given to <paramref name="roles"/>; the first rule a role then breaks (e.g. an uncovered hour) when it cannot be.
    /// </summary>
    public static (StaffingConfiguration? Configuration, string? Problem) Change(
        StaffingConfiguration configuration, ShiftTemplate? removed, ShiftTemplate? added, IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(roles);
        var policies = new List<RolePolicy>();
        foreach (var policy in configuration.Roles)
        {
            var templates = policy.Templates.Where(t => t != removed).ToList();
            if (added is not null && roles.Contains(policy.Role, StringComparer.Ordinal))
            {
                templates.Add(added);
            }
            var (changed, problem) = StaffingSettings.Rebuild(policy, RoleNumbers.Of(policy), [.. templates.OrderBy(t => t.Start)]);
            if (problem is not null)
            {
                return (null, problem);
            }
            policies.Add(changed!);
        }
        return (new StaffingConfiguration(configuration.Quantile, policies, configuration.Overrides), null);
    }
}
