namespace Akutprognos.Web.Health;

/// <summary>A kind of scheduled job that is failing now.</summary>
/// <param name="Kind">"forecast", "nowcast" …</param>
/// <param name="Since">When the first failed attempt of this streak ended.</param>
/// <param name="Attempts">Failed attempts in a row.</param>
/// <param name="Reason">Why the latest attempt failed.</param>
/// <param name="NextAttempt">When it is tried again, or null when the retries are used up (the next scheduled run tries again).</param>
public sealed record JobFailure(string Kind, DateTimeOffset Since, int Attempts, string Reason, DateTimeOffset? NextAttempt);

/// <summary>
/// The scheduled jobs failing right now, in memory: what <c>/health</c> reports and what decides that a failure is
/// alerted once per streak, not at every retry. It holds even when the database cannot be written, which is
/// when it matters most.
/// </summary>
public sealed class JobFailures
{
    readonly Lock gate = new();
    readonly Dictionary<string, JobFailure> failing = new(StringComparer.Ordinal);
    readonly HashSet<string> alerted = new(StringComparer.Ordinal);

    /// <summary>The failing kinds, by kind.</summary>
    public IReadOnlyList<JobFailure> Current
    {
        get
        {
            lock (gate)
            {
                return [.. failing.Values.OrderBy(f => f.Kind, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Whether <paramref name="kind"/> failed at its latest attempt.</summary>
    public bool IsFailing(string kind)
    {
        lock (gate)
        {
            return failing.ContainsKey(kind);
        }
    }

    /// <summary>Whether the failure streak of <paramref name="kind"/> was alerted on already.</summary>
    public bool WasAlerted(string kind)
    {
        lock (gate)
        {
            return alerted.Contains(kind);
        }
    }

    /// <summary>Records a failed attempt and returns the streak as it stands.</summary>
    public JobFailure Failed(string kind, string reason, DateTimeOffset now, DateTimeOffset? nextAttempt)
    {
        lock (gate)
        {
            var failure = failing.TryGetValue(kind, out var before)
                ? before with { Attempts = before.Attempts + 1, Reason = reason, NextAttempt = nextAttempt }
                : new JobFailure(kind, now, 1, reason, nextAttempt);
            failing[kind] = failure;
            return failure;
        }
    }

    /// <summary>Marks the streak of <paramref name="kind"/> as alerted on.</summary>
    public void Alerted(string kind)
    {
        lock (gate)
        {
            alerted.Add(kind);
        }
    }

    /// <summary>Ends the streak of <paramref name="kind"/>; returns the streak that ended, or null when it was not failing.</summary>
    public JobFailure? Succeeded(string kind)
    {
        lock (gate)
        {
            alerted.Remove(kind);
            return failing.Remove(kind, out var ended) ? ended : null;
        }
    }
}
