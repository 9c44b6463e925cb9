using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The share of a day's arrivals in each local clock hour, per weekday, from recent history. A daily
/// forecast is split into hours with it. On the 23-hour spring day the missing 02:00 hour simply has no
/// share; on the 25-hour autumn day both 02:00 hours take the 02:00 share; shares are then renormalised
/// over the hours the day really has, so the hours always sum to the daily forecast.
/// </summary>
public sealed class HourlyProfile
{
    readonly double[,] shares; // [weekday, local hour]

    HourlyProfile(double[,] shares) => this.shares = shares;

    /// <summary>Share of arrivals in local <paramref name="hour"/> on <paramref name="weekday"/>.</summary>
    public double Share(DayOfWeek weekday, int hour) => shares[(int)weekday, hour];

    /// <summary>Builds the profile from the hourly arrivals of the <paramref name="weeks"/> weeks before <paramref name="before"/>.</summary>
    /// <remarks>Weekdays with no history get the flat profile 1/24.</remarks>
    public static HourlyProfile FromHistory(IEnumerable<HourlyArrivals> arrivals, TimeZoneInfo zone, DateOnly before, int weeks = 52) =>
        FromLocalCounts(LocalCounts(arrivals, zone), before, weeks);

    /// <summary>Hourly arrivals summed by local date and clock hour, for building many profiles without converting times again.</summary>
    public static IReadOnlyList<(DateOnly Date, int Hour, double Count)> LocalCounts(IEnumerable<HourlyArrivals> arrivals, TimeZoneInfo zone) =>
        [.. arrivals.Select(a =>
        {
            var local = TimeZoneInfo.ConvertTime(a.Hour, zone);
            return (DateOnly.FromDateTime(local.DateTime), local.Hour, (double)a.Count);
        })];

    /// <summary>As <see cref="FromHistory"/>, from <see cref="LocalCounts"/>.</summary>
    public static HourlyProfile FromLocalCounts(IReadOnlyList<(DateOnly Date, int Hour, double Count)> counts, DateOnly before, int weeks = 52)
    {
        var first = before.AddDays(-7 * weeks);
        var sums = new double[7, 24];
        foreach (var (date, hour, count) in counts)
        {
            if (date >= first && date < before)
            {
                sums[(int)date.DayOfWeek, hour] += count;
            }
        }
        var shares = new double[7, 24];
        for (var w = 0; w < 7; w++)
        {
            var total = Enumerable.Range(0, 24).Sum(h => sums[w, h]);
            for (var h = 0; h < 24; h++)
            {
                shares[w, h] = total > 0 ? sums[w, h] / total : 1.0 / 24;
            }
        }
        return new HourlyProfile(shares);
    }

    /// <summary>
    /// Splits a daily forecast into its local hours. An hour's count is read as Poisson around a level that shares the
    /// day's uncertainty: the day's 80% interval, less its own Poisson part, gives the relative variance v of the level,
    /// and the hour is negative binomial (gamma–Poisson) with mean μ and variance μ + v·μ². Whole counts, never below zero.
    /// </summary>
    public IReadOnlyList<HourForecast> Split(DateOnly date, double mean, PredictionInterval i80, PredictionInterval i95, TimeZoneInfo zone)
    {
        var hours = LocalDays.HoursOf(date, zone);
        var raw = hours.Select(h => Share(date.DayOfWeek, TimeZoneInfo.ConvertTime(h, zone).Hour)).ToArray();
        var total = raw.Sum();
        var levelVariance = mean > 0 ? Math.Max(0, Math.Pow((i80.Upper - i80.Lower) / (2 * 1.2816 * mean), 2) - 1 / mean) : 0;
        return [.. hours.Select((hour, i) =>
        {
            var share = total > 0 ? raw[i] / total : 1.0 / hours.Count;
            var mu = mean * share;
            return new HourForecast(
                hour,
                mu,
                HourInterval(mu, levelVariance, 0.10, 0.90),
                HourInterval(mu, levelVariance, 0.025, 0.975));
        })];
    }

    static PredictionInterval HourInterval(double mean, double levelVariance, double lo, double hi) =>
        new(CountQuantile(mean, levelVariance, lo), CountQuantile(mean, levelVariance, hi));

    /// <summary>The smallest k with P(X ≤ k) ≥ p for X negative binomial with mean <paramref name="mean"/> and variance mean + v·mean² (Poisson when v is 0).</summary>
    public static int CountQuantile(double mean, double levelVariance, double p)
    {
        if (mean <= 0 || double.IsNaN(mean))
        {
            return 0;
        }
        if (levelVariance < 1e-6)
        {
            return EmpiricalIntervals.PoissonQuantile(mean, p);
        }
        var r = 1 / levelVariance;
        var success = r / (r + mean);
        var k = 0;
        while (MathNet.Numerics.Distributions.NegativeBinomial.CDF(r, success, k) < p)
        {
            k++;
        }
        return k;
    }
}
