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
