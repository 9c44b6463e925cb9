namespace Akutprognos.Core.Staffing;

/// <summary>
/// What an M/M/s queue (Erlang C) gives for one staffing level in steady state.
/// </summary>
/// <param name="Servers">Staff serving in parallel (s).</param>
/// <param name="OfferedLoad">Offered load a = λ·E[S] in erlangs: the staff busy on average.</param>
/// <param name="PWait">Probability an arriving patient waits at all, C(s, a); 1 when s ≤ a (no steady state).</param>
/// <param name="ServiceLevel">Probability the wait is at most the target time; 0 when s ≤ a.</param>
/// <param name="Occupancy">Share of staff time busy, a / s; 1 when s ≤ a (all busy), 0 with no load.</param>
/// <param name="MeanWaitMinutes">Expected wait before service, C·E[S]/(s − a); +∞ when s ≤ a.</param>
public readonly record struct QueueMeasures(
    int Servers, double OfferedLoad, double PWait, double ServiceLevel, double Occupancy, double MeanWaitMinutes)
{
    /// <summary>True when the queue has a steady state (s &gt; a, or no load at all).</summary>
    public bool IsStable => Servers > OfferedLoad || OfferedLoad == 0;
}
