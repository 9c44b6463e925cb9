using System.Globalization;


namespace Akutprognos.Core.Staffing;

/// <summary>How staffing numbers read for a coordinator: local clock times, recommendations, measures.</summary>
public static class StaffingText
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"07", or "07:30" when the minutes are not zero, in local time.</summary>
    public static string Clock(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.Minute == 0 ? local.ToString("HH", Invariant) : local.ToString("HH:mm", Invariant);
    }

    /// <summary>"13–22" or "21–07:30": the two instants as local clock times of <paramref name="zone"/>.</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone) => $"{Clock(start, zone)}–{Clock(end, zone)}";

    /// <summary>"Södersjukhuset: call in 1 nurse 13–22" or "Norrtälje: 1 doctor 21–07:30 can be released".</summary>
    public static string Recommendation(string site, string role, RosterChange change, TimeZoneInfo zone)
    {
        var span = Span(change.Start, change.End, zone);
        var staff = change.Count == 1 ? role : role + "s";
        return change.Action == RosterAction.CallIn
            ? $"{site}: call in {change.Count} {staff} {span}"
            : $"{site}: {change.Count} {staff} {span} can be released";
    }

    /// <summary>
    /// The numbers behind a change, e.g. "9 h of the day: 114 arrivals expected, offered load 9.6; worst hour's
    /// service level 62% → 86% (target 80% within 60 min)".
    /// </summary>
    public static string Why(RolePolicy policy, RosterChange change) => string.Create(Invariant,
        $"{change.HoursAffected} h of the day: {change.ExpectedArrivals:F0} arrivals expected, {LoadName(policy)} {change.MeanOfferedLoad:F1}; worst hour's {MeasureLabel(policy)} {Measure(policy, change.WorstBefore)} → {Measure(policy, change.WorstAfter)} ({Target(policy)})");

    static string MeasureLabel(RolePolicy policy) => policy.Method == StaffingMethod.PatientRatio ? $"patients per {policy.Role}" : "service level";

    /// <summary>What the role's load is called in text: "patients present" (ratio method) or "offered load" (Erlang methods).</summary>
    public static string LoadName(RolePolicy policy) => policy.Method == StaffingMethod.PatientRatio ? "patients present" : "offered load";

    /// <summary>The key the role's measure is written under in output files: "patients_per_staff" or "service_level".</summary>
    public static string MeasureName(RolePolicy policy) => policy.Method == StaffingMethod.PatientRatio ? "patients_per_staff" : "service_level";

    /// <summary>A measure as text: patients per staff member with one decimal ("none on duty" when infinite), or a service level as a whole percentage.</summary>
    public static string Measure(RolePolicy policy, double value) => policy.Method == StaffingMethod.PatientRatio
        ? double.IsFinite(value) ? value.ToString("F1", Invariant) : "none on duty"
        : string.Create(Invariant, $"{value * 100:F0}%");

    /// <summary>The role's target as text: "target at most 4" patients per staff member, or "target 80% within 60 min".</summary>
    public static string Target(RolePolicy policy) => policy.Method == StaffingMethod.PatientRatio
        ? string.Create(Invariant, $"target at most {policy.PatientsPerStaff:0.#}")
        : string.Create(Invariant, $"target {policy.ServiceLevel * 100:0.#}% within {policy.TargetMinutes:0.#} min");

    /// <summary>Local hour labels of a day; the repeated hour of a fall-back night is marked "02b".</summary>
    public static List<string> HourLabels(IEnumerable<DateTimeOffset> hours, TimeZoneInfo zone)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. hours.Select(h =>
        {
            var label = TimeZoneInfo.ConvertTime(h, zone).ToString("HH", Invariant);
            return seen.Add(label) ? label : label + "b";
        })];
    }
}
