using Akutprognos.Core.Series;
using MathNet.Numerics.Distributions;

namespace Akutprognos.Core.Demo;

/// <summary>Hourly visitors of the health-information website (signal "all"). The model is in <see cref="DemoRegion"/>.</summary>
internal static class WebTraffic
{
    /// <summary>Visitors per day on the first demo day, before weekday and illness effects.</summary>
    public const double StartVisitorsPerDay = 26_000;

    /// <summary>Audience growth per year (the site gets better known; not illness).</summary>
    public const double GrowthPerYear = 0.12;

    /// <summary>Elasticity of web visitors to illness: a 10% rise in illness brings about 15% more visitors.</summary>
    public const double Beta = 1.5;

    /// <summary>Day-part noise (log scale) of the web signal: it tells much, but is no oracle.</summary>
    public const double NoiseSd = 0.035;

    /// <summary>Local hour from which the evening part (the part that foretells tomorrow) begins.</summary>
    public const int EveningHour = 18;

    // Sunday..Saturday: Sunday evenings are busiest, Friday and Saturday evenings people are out.
    static readonly double[] Weekday = [1.10, 1.05, 1.00, 0.99, 0.96, 0.87, 0.90];

    public static List<HourlyVisitors> Sample(DemoDay[] days, LatentDemand demand, WebIncidents incidents, int seed)
    {
        var missing = new HashSet<DateTimeOffset>();
        foreach (var (start, end) in incidents.Missing)
        {
            for (var h = start; h < end; h = h.AddHours(1))
            {
                missing.Add(h);
            }
        }

        var random = DemoRandom.For(seed, 5);
        var rows = new List<HourlyVisitors>(days.Length * 24);
        for (var i = 0; i < days.Length; i++)
        {
            var level = StartVisitorsPerDay * Math.Pow(1 + GrowthPerYear, i / 365.25) * Weekday[(int)days[i].Date.DayOfWeek];
            var daytime = level * Math.Pow(demand.WebIllness[i], Beta) * Noise(random);
            var evening = level * Math.Pow(demand.WebIllness[i + 1], Beta) * Noise(random)
                * incidents.Spikes.GetValueOrDefault(i, 1.0);
            var shares = HourProfiles.Shares(days[i].LocalHours, HourProfiles.Web);
            for (var j = 0; j < shares.Length; j++)
            {
                var hour = days[i].Hours[j];
                var count = Poisson.Sample(random, shares[j] * (days[i].LocalHours[j] >= EveningHour ? evening : daytime));
                if (!missing.Contains(hour))
                {
                    rows.Add(new HourlyVisitors(DemoRegion.Signal, hour, count));
                }
            }
        }
        return rows;
    }

    static double Noise(Random random) => Math.Exp(Normal.Sample(random, -NoiseSd * NoiseSd / 2, NoiseSd));
}
