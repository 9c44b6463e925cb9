namespace Akutprognos.Storage.Visits;

/// <summary>
/// Two input rows carry the same visit id but disagree on <see cref="Difference"/>. The origins are the
/// <see cref="Core.Series.Visit.Origin"/> values of the two rows; the visit id itself is never in the message.
/// </summary>
public sealed class DuplicateVisitException(long firstOrigin, long secondOrigin, string difference)
    : Exception($"Two rows of one visit differ in {difference}.")
{
    public long FirstOrigin { get; } = firstOrigin;

    public long SecondOrigin { get; } = secondOrigin;

    /// <summary>"site", "arrival time", "triage level" or "age band".</summary>
    public string Difference { get; } = difference;
}
