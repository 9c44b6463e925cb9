namespace Akutprognos.Core.Staffing;

/// <summary>
/// The Erlang C model (M/M/s: Poisson arrivals, exponential service, s servers, first come first served),
/// as in Gross &amp; Harris, <i>Fundamentals of Queueing Theory</i>, §2.3. With offered load a = λ·E[S]:
/// <list type="bullet">
/// <item>Erlang B by the recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), which never forms a factorial
/// or a power of a, so it stays exact for loads of thousands of erlangs;</item>
/// <item>P(wait &gt; 0) = C(s, a) = s·B / (s − a·(1 − B));</item>
/// <item>P(wait ≤ t) = 1 − C·exp(−(s − a)·t / E[S]);</item>
/// <item>E[wait] = C·E[S] / (s − a); occupancy a / s.</item>
/// </list>
/// When s ≤ a the queue grows without bound: every patient waits, the service level is 0 and the mean wait infinite.
/// </summary>
public static class ErlangC
{
    /// <summary>Servers tried beyond the load before a target is declared out of reach.</summary>
    const int SearchHeadroom = 100_000;

    /// <summary>The measures of <paramref name="servers"/> staff.</summary>
    /// <param name="arrivalsPerHour">Arrival rate λ per hour, ≥ 0.</param>
    /// <param name="minutesPerPatient">Mean service time E[S] in minutes, &gt; 0.</param>
    /// <param name="servers">Staff, ≥ 0.</param>
    /// <param name="targetMinutes">The wait the service level counts as acceptable, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, not finite, or the service time is zero.</exception>
    public static QueueMeasures Evaluate(double arrivalsPerHour, double minutesPerPatient, int servers, double targetMinutes)
    {
        var load = OfferedLoad(arrivalsPerHour, minutesPerPatient);
        ArgumentOutOfRangeException.ThrowIfNegative(servers);
        CheckTarget(targetMinutes);
        return Measures(load, minutesPerPatient, servers, targetMinutes);
    }

    /// <summary>
    /// The fewest staff whose service level P(wait ≤ <paramref name="targetMinutes"/>) is at least
    /// <paramref name="serviceLevel"/>, with their measures. No load needs no staff.
    /// </summary>
    /// <param name="arrivalsPerHour">Arrival rate λ per hour, ≥ 0.</param>
    /// <param name="minutesPerPatient">Mean service time E[S] in minutes, &gt; 0.</param>
    /// <param name="targetMinutes">The acceptable wait, ≥ 0.</param>
    /// <param name="serviceLevel">Target share in (0, 1). A share of 1 is out of reach: with random arrivals some patient always waits.</param>
    /// <exception cref="ArgumentOutOfRangeException">An input is out of range, including a service level ≥ 1.</exception>
    public static QueueMeasures FewestServers(double arrivalsPerHour, double minutesPerPatient, double serviceLevel, double targetMinutes)
    {
        var load = OfferedLoad(arrivalsPerHour, minutesPerPatient);
        CheckTarget(targetMinutes);
        CheckServiceLevel(serviceLevel);
        if (load == 0)
        {
            return Measures(0, minutesPerPatient, 0, targetMinutes);
        }
        // Below ⌊a⌋ + 1 there is no steady state; from there the service level rises with every server.
        var first = (int)Math.Floor(load) + 1;
        var blocking = ErlangB(load, first);
        for (var s = first; s <= first + SearchHeadroom; s++)
        {
            if (s > first)
            {
                blocking = load * blocking / (s + load * blocking);
            }
            var measures = FromBlocking(load, minutesPerPatient, s, targetMinutes, blocking);
            if (measures.ServiceLevel >= serviceLevel)
            {
                return measures;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(serviceLevel), serviceLevel, "The service level is out of reach for any staffing.");
    }

    /// <summary>Erlang B, the blocking probability of s servers at load a (Erlang loss formula), by the stable recursion.</summary>
    public static double ErlangB(double offeredLoad, int servers)
    {
        var blocking = 1.0;
        for (var k = 1; k <= servers; k++)
        {
            blocking = offeredLoad * blocking / (k + offeredLoad * blocking);
        }
        return blocking;
    }

    /// <summary>Checks a service-level target: a share strictly between 0 and 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is not in (0, 1).</exception>
    public static void CheckServiceLevel(double serviceLevel)
    {
        if (!(serviceLevel > 0 && serviceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(serviceLevel), serviceLevel,
                "A service level must lie between 0 and 1 (exclusive): with random arrivals no staffing makes every patient's wait certain.");
        }
    }

    /// <summary>λ·E[S] in erlangs, checking both.</summary>
    public static double OfferedLoad(double arrivalsPerHour, double minutesPerPatient)
    {
        if (!double.IsFinite(arrivalsPerHour) || arrivalsPerHour < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(arrivalsPerHour), arrivalsPerHour, "Arrivals per hour must be a finite number ≥ 0.");
        }
        if (!double.IsFinite(minutesPerPatient) || minutesPerPatient <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minutesPerPatient), minutesPerPatient, "Minutes per patient must be a finite number > 0.");
        }
        return arrivalsPerHour * minutesPerPatient / 60.0;
    }

    static void CheckTarget(double targetMinutes)
    {
        if (!double.IsFinite(targetMinutes) || targetMinutes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(targetMinutes), targetMinutes, "The target wait must be a finite number of minutes ≥ 0.");
        }
    }

    static QueueMeasures Measures(double load, double minutesPerPatient, int servers, double targetMinutes)
    {
        if (load == 0)
        {
            return new QueueMeasures(servers, 0, 0, 1, 0, 0);
        }
        return FromBlocking(load, minutesPerPatient, servers, targetMinutes, ErlangB(load, servers));
    }

    static QueueMeasures FromBlocking(double load, double minutesPerPatient, int servers, double targetMinutes, double blocking)
    {
        if (servers <= load)
        {
            return new QueueMeasures(servers, load, 1, 0, 1, double.PositiveInfinity);
        }
        var pWait = servers * blocking / (servers - load * (1 - blocking));
        var serviceLevel = 1 - pWait * Math.Exp(-(servers - load) * targetMinutes / minutesPerPatient);
        var meanWait = pWait * minutesPerPatient / (servers - load);
        return new QueueMeasures(servers, load, pWait, serviceLevel, load / servers, meanWait);
    }
}
