namespace Akutprognos.Core.Staffing;

/// <summary>
/// The lag-SIPP arrival rates of Green, Kolesar &amp; Soares (2001), "Improving the SIPP approach for staffing
/// service systems that have cyclic demands", <i>Operations Research</i> 49(4): each hour is staffed as a
/// stationary M/M/s queue (SIPP), but with the mean arrival rate of the hour shifted back by one mean service
/// time, because the load a hour carries is the arrivals of the service time before it. Green, Soares, Giglio
/// &amp; Green (2006), <i>Academic Emergency Medicine</i> 13(1), used it to staff ED providers.
/// </summary>
public static class LagSipp
{
    /// <summary>
    /// The lagged rate per hour: the mean of the piecewise-constant hourly rate over [h − lag, h + 1 h − lag).
    /// Hours before the first are read from the same series as if the day repeated (the evening before an
    /// ED day looks like its own evening far more than like its morning).
    /// </summary>
    /// <param name="arrivalsPerHour">Arrival rate of each consecutive hour; at least one.</param>
    /// <param name="lagMinutes">The lag, the mean service time in minutes, ≥ 0.</param>
    public static double[] LaggedRates(IReadOnlyList<double> arrivalsPerHour, double lagMinutes)
    {
        ArgumentNullException.ThrowIfNull(arrivalsPerHour);
        if (arrivalsPerHour.Count == 0)
        {
            throw new ArgumentException("At least one hour is needed.", nameof(arrivalsPerHour));
        }
        if (!double.IsFinite(lagMinutes) || lagMinutes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lagMinutes), lagMinutes, "The lag must be a finite number of minutes ≥ 0.");
        }
        var n = arrivalsPerHour.Count;
        var lagged = new double[n];
        for (var h = 0; h < n; h++)
        {
            // The window [s, s + 1) with s = h − lag (hours) spans cell ⌊s⌋ for 1 − f of an hour and the next for f.
            var start = h - lagMinutes / 60.0;
            var cell = (int)Math.Floor(start);
            var f = start - cell;
            lagged[h] = (1 - f) * arrivalsPerHour[Wrap(cell, n)] + f * arrivalsPerHour[Wrap(cell + 1, n)];
        }
        return lagged;
    }

    static int Wrap(int index, int n) => ((index % n) + n) % n;
}
