namespace Akutprognos.Core.Staffing;

/// <summary>
/// One role's load and requirement, hour by hour, at one site: the model arrival rate, the offered load
/// (erlangs for the Erlang methods, patients present for the ratio method) and the fewest staff that meet the
/// policy's target, never below its minimum.
/// </summary>
public sealed class RoleDemand
{
    readonly double[] modelRates;
    readonly double[] loads;
    readonly int[] required;

    /// <param name="policy">The role's policy at this site.</param>
    /// <param name="arrivalsPerHour">Forecast arrivals of each consecutive hour of the day, ≥ 0.</param>
    public RoleDemand(RolePolicy policy, IReadOnlyList<double> arrivalsPerHour)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(arrivalsPerHour);
        Policy = policy;
        Arrivals = arrivalsPerHour;
        var n = arrivalsPerHour.Count;
        (modelRates, loads) = policy.Method switch
        {
            StaffingMethod.LagSipp => LagSippLoads(arrivalsPerHour, policy.ServiceMinutes),
            StaffingMethod.OfferedLoad => OfferedLoads(arrivalsPerHour, policy.ServiceMinutes),
            _ => ([.. arrivalsPerHour], InfiniteServer.MeanPresent(arrivalsPerHour, policy.StayMinutes)),
        };
        required = new int[n];
        for (var h = 0; h < n; h++)
        {
            var need = policy.Method == StaffingMethod.PatientRatio
                ? (int)Math.Ceiling(loads[h] / policy.PatientsPerStaff - 1e-9)
                : ErlangC.FewestServers(modelRates[h], policy.ServiceMinutes, policy.ServiceLevel, policy.TargetMinutes).Servers;
            required[h] = Math.Max(need, policy.MinimumStaff);
        }
    }

    /// <summary>The role's policy at this site, whose method and target the requirement follows.</summary>
    public RolePolicy Policy { get; }

    /// <summary>The forecast arrivals per hour the demand was built from.</summary>
    public IReadOnlyList<double> Arrivals { get; }

    /// <summary>The arrival rate each hour is staffed for: lag-SIPP rate, or the rate whose load equals the offered load.</summary>
    public IReadOnlyList<double> ModelArrivalsPerHour => modelRates;

    /// <summary>Erlangs (Erlang methods) or mean patients present (ratio method), per hour.</summary>
    public IReadOnlyList<double> OfferedLoad => loads;

    /// <summary>Staff needed per hour, at least the minimum.</summary>
    public IReadOnlyList<int> Required => required;

    /// <summary>True when a higher <see cref="Quality"/> is better (service level), false when lower is (patients per staff).</summary>
    public bool HigherQualityIsBetter => Policy.Method != StaffingMethod.PatientRatio;

    /// <summary>
    /// What <paramref name="staff"/> on duty in hour <paramref name="hour"/> give: the Erlang C service level
    /// (share served within the target), or patients present per staff member (+∞ with none on duty).
    /// </summary>
    public double Quality(int hour, int staff)
    {
        if (Policy.Method == StaffingMethod.PatientRatio)
        {
            return staff > 0 ? loads[hour] / staff : loads[hour] > 0 ? double.PositiveInfinity : 0;
        }
        return ErlangC.Evaluate(modelRates[hour], Policy.ServiceMinutes, staff, Policy.TargetMinutes).ServiceLevel;
    }

    static (double[] Rates, double[] Loads) LagSippLoads(IReadOnlyList<double> arrivals, double serviceMinutes)
    {
        var rates = LagSipp.LaggedRates(arrivals, serviceMinutes);
        return (rates, [.. rates.Select(r => ErlangC.OfferedLoad(r, serviceMinutes))]);
    }

    static (double[] Rates, double[] Loads) OfferedLoads(IReadOnlyList<double> arrivals, double serviceMinutes)
    {
        var loads = InfiniteServer.MeanPresent(arrivals, serviceMinutes);
        return ([.. loads.Select(m => m * 60 / serviceMinutes)], loads);
    }
}
