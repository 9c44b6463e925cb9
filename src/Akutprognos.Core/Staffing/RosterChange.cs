namespace Akutprognos.Core.Staffing;

/// <summary>Whether a change adds staff to the roster or lets rostered staff go.</summary>
public enum RosterAction
{
    /// <summary>Call in staff for a shift the roster lacks.</summary>
    CallIn,

    /// <summary>Release rostered staff the forecast does not need.</summary>
    Release,
}

/// <summary>
/// One recommended change to a planned roster, with the numbers behind it over the hours of the day the shift
/// covers: the forecast arrivals, the mean offered load, and the worst hour's measure with the roster as it is
/// and with this change alone — the service level (Erlang methods, higher is better) or patients per staff
/// member (ratio method, lower is better).
/// </summary>
/// <param name="Action">Call in or release.</param>
/// <param name="Start">UTC start of the shift.</param>
/// <param name="End">UTC end of the shift.</param>
/// <param name="Count">Staff called in or released.</param>
/// <param name="HoursAffected">Hours of the day the shift covers.</param>
/// <param name="ExpectedArrivals">Forecast arrivals over those hours.</param>
/// <param name="MeanOfferedLoad">Mean offered load over those hours (erlangs, or patients present).</param>
/// <param name="WorstBefore">The worst hour's measure with the roster as planned.</param>
/// <param name="WorstAfter">The worst hour's measure with this change made.</param>
public sealed record RosterChange(
    RosterAction Action, DateTimeOffset Start, DateTimeOffset End, int Count, int HoursAffected,
    double ExpectedArrivals, double MeanOfferedLoad, double WorstBefore, double WorstAfter);
