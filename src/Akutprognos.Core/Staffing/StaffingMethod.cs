namespace Akutprognos.Core.Staffing;

/// <summary>How a role's hourly requirement follows from the arrivals.</summary>
public enum StaffingMethod
{
    /// <summary>
    /// Erlang C per hour on lag-SIPP arrival rates (<see cref="LagSipp"/>): for staff who see each patient for a
    /// short time (doctors), with a target such as 80% seen within 60 minutes.
    /// </summary>
    LagSipp,

    /// <summary>
    /// Erlang C per hour on the modified offered load (<see cref="InfiniteServer"/> with the service time): for
    /// service times of an hour or more, where lag-SIPP's single shift is too coarse.
    /// </summary>
    OfferedLoad,

    /// <summary>
    /// A ratio to the patients present (<see cref="InfiniteServer"/> with the stay in the department), such as
    /// one nurse per four patients: for staff who care for patients throughout their stay.
    /// </summary>
    PatientRatio,
}

/// <summary>The names configuration files and output use for <see cref="StaffingMethod"/>.</summary>
public static class StaffingMethods
{
    static readonly (StaffingMethod Method, string Name)[] Names =
        [(StaffingMethod.LagSipp, "lag-sipp"), (StaffingMethod.OfferedLoad, "offered-load"), (StaffingMethod.PatientRatio, "patient-ratio")];

    /// <summary>"lag-sipp", "offered-load" or "patient-ratio".</summary>
    public static string Name(this StaffingMethod method) => Names.Single(n => n.Method == method).Name;

    /// <summary>All names, for messages.</summary>
    public static IEnumerable<string> All => Names.Select(n => n.Name);

    /// <summary>Reads a name (any case); false when unknown.</summary>
    public static bool TryParse(string? text, out StaffingMethod method)
    {
        var found = Names.FirstOrDefault(n => string.Equals(n.Name, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        method = found.Method;
        return found.Name is not null;
    }
}
