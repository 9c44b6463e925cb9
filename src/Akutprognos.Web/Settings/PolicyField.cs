using System.Globalization;
using Akutprognos.Core.Staffing;

namespace Akutprognos.Web.Settings;

/// <summary>One number of a role's policy on the staffing form: its name in the JSON file, its label, and which methods use it.</summary>
public sealed record PolicyField(string Key, string Label, bool Whole, bool Erlang, bool Ratio, Func<RoleNumbers, double> Get, Func<RoleNumbers, double, RoleNumbers> Set)
{
    /// <summary>The fields in the order the form shows them; keys as in the <c>staffing --config</c> file.</summary>
    public static IReadOnlyList<PolicyField> All { get; } =
    [
        new("minimum", "Minimum staff every hour", true, true, true, n => n.Minimum, (n, v) => n with { Minimum = (int)v }),
        new("service_minutes", "Time per patient (minutes)", false, true, false, n => n.ServiceMinutes, (n, v) => n with { ServiceMinutes = v }),
        new("target_minutes", "Target wait (minutes)", false, true, false, n => n.TargetMinutes, (n, v) => n with { TargetMinutes = v }),
        new("service_level", "Service level (share seen within the target wait, 0–1)", false, true, false, n => n.ServiceLevel, (n, v) => n with { ServiceLevel = v }),
        new("stay_minutes", "Mean stay in the department (minutes)", false, false, true, n => n.StayMinutes, (n, v) => n with { StayMinutes = v }),
        new("patients_per_staff", "Patients per staff member", false, false, true, n => n.PatientsPerStaff, (n, v) => n with { PatientsPerStaff = v }),
    ];

    /// <summary>True when <paramref name="method"/> uses this number.</summary>
    public bool Applies(StaffingMethod method) => method == StaffingMethod.PatientRatio ? Ratio : Erlang;

    /// <summary>The fields <paramref name="method"/> uses.</summary>
    public static IEnumerable<PolicyField> For(StaffingMethod method) => All.Where(f => f.Applies(method));

    /// <summary>The form input's name for this field of the role at <paramref name="index"/>.</summary>
    public string Input(int index) => string.Create(CultureInfo.InvariantCulture, $"r{index}-{Key}");

    /// <summary>The value as the form shows it, in the reader's culture.</summary>
    public static string Format(double value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    /// <summary>Reads a typed number, with a decimal comma or point; null with the problem when it is none.</summary>
    public (double? Value, string? Problem) Parse(string? text)
    {
        var trimmed = (text ?? "").Trim().Replace(',', '.');
        if (!double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (null, "Write a number, e.g. 30 or 0.8.");
        }
        if (Whole && value != Math.Floor(value))
        {
            return (null, "Write a whole number.");
        }
        return Whole && Math.Abs(value) > int.MaxValue ? (null, "Write a whole number.") : (value, null);
    }
}
