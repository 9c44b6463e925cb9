namespace Akutprognos.Core.Staffing;

/// <summary>
/// Patients present in an M_t/M/∞ system: arrivals at a time-varying rate λ(t), each staying an exponential
/// time with mean τ, nobody waiting for a place. The expected number present m(t) solves
/// dm/dt = λ(t) − m/τ (Eick, Massey &amp; Whitt 1993, "The physics of the M_t/G/∞ queue", <i>Operations
/// Research</i> 41(4)); it is also the modified offered load of Jennings, Mandelbaum, Massey &amp; Whitt (1996).
/// With λ constant within each hour the equation is solved exactly, hour by hour.
/// </summary>
public static class InfiniteServer
{
    /// <summary>
    /// The mean number present over each hour, for a day that repeats itself (the start of the day holds the
    /// patients the end of the same day would leave: the periodic solution).
    /// </summary>
    /// <param name="arrivalsPerHour">Arrival rate of each consecutive hour; at least one, each ≥ 0.</param>
    /// <param name="stayMinutes">Mean stay τ in minutes, &gt; 0.</param>
    public static double[] MeanPresent(IReadOnlyList<double> arrivalsPerHour, double stayMinutes)
    {
        ArgumentNullException.ThrowIfNull(arrivalsPerHour);
        if (arrivalsPerHour.Count == 0)
        {
            throw new ArgumentException("At least one hour is needed.", nameof(arrivalsPerHour));
        }
        if (!double.IsFinite(stayMinutes) || stayMinutes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stayMinutes), stayMinutes, "The stay must be a finite number of minutes > 0.");
        }
        var tau = stayMinutes / 60.0;
        var decay = Math.Exp(-1 / tau);
        // m(end of day) = A·m(0) + B with A = decay^n; B is the end of a day started empty.
        var fromEmpty = Run(arrivalsPerHour, tau, decay, 0, null);
        var start = fromEmpty / (1 - Math.Pow(decay, arrivalsPerHour.Count));
        var means = new double[arrivalsPerHour.Count];
        Run(arrivalsPerHour, tau, decay, start, means);
        return means;
    }

    static double Run(IReadOnlyList<double> rates, double tau, double decay, double present, double[]? hourMeans)
    {
        for (var h = 0; h < rates.Count; h++)
        {
            var level = rates[h] * tau;
            if (hourMeans is not null)
            {
                // The mean of level + (m0 − level)·e^(−t/τ) over t in [0, 1 h).
                hourMeans[h] = level + (present - level) * tau * (1 - decay);
            }
            present = level + (present - level) * decay;
        }
        return present;
    }
}
