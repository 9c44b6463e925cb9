using Akutprognos.Core.Series;
using MathNet.Numerics.Distributions;

namespace Akutprognos.Core.Demo;

/// <summary>Hourly ED arrivals: each site's daily mean from the regional demand, split over the local hours, Poisson per hour.</summary>
internal static class ArrivalSampler
{
    /// <summary>Site-day noise (log scale): what differs between sites on the same day (a local accident, a closed ward).</summary>
    public const double SiteNoiseSd = 0.04;

    public static List<HourlyArrivals> Sample(DemoDay[] days, LatentDemand demand, int seed)
    {
        var rows = new List<HourlyArrivals>(DemoSites.All.Count * days.Length * 24);
        var profiles = Array.ConvertAll(days, d => HourProfiles.Shares(d.LocalHours, d.IsWeekendLike ? HourProfiles.EdWeekend : HourProfiles.EdWeekday));
        for (var s = 0; s < DemoSites.All.Count; s++)
        {
            var (site, perDay) = DemoSites.All[s];
            var random = DemoRandom.For(seed, 100 + s);
            for (var i = 0; i < days.Length; i++)
            {
                var noise = Math.Exp(Normal.Sample(random, -SiteNoiseSd * SiteNoiseSd / 2, SiteNoiseSd));
                var mean = perDay * demand.Calendar[i] * demand.Illness[i] * noise;
                var shares = profiles[i];
                for (var j = 0; j < shares.Length; j++)
                {
                    rows.Add(new HourlyArrivals(site.Name, days[i].Hours[j], Poisson.Sample(random, mean * shares[j])));
                }
            }
        }
        return rows;
    }
}
