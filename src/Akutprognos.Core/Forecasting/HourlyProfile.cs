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
    public static HourlyProfile FromHistory(IEnumerable<HourlyArrivals> arrivals, TimeZoneInfo zone, DateOnly before, int weeks = 52)
    {
        var first = before.AddDays(-7 * weeks);
        var sums = new double[7, 24];
        foreach (var a in arrivals)
        {
            var local = TimeZoneInfo.ConvertTime(a.Hour, zone);
            var date = DateOnly.FromDateTime(local.DateTime);
            if (date >= first && date < before)
            {
                sums[(int)date.DayOfWeek, local.Hour] += a.Count;
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
    /// Splits a daily forecast into its local hours. Hourly intervals are Poisson quantiles around the hour's
    /// mean scaled by the daily interval's ends — the hour inherits the day's uncertainty about the level and
    /// adds its own count noise, so they are a little wider than exact.
    /// </summary>
    public IReadOnlyList<HourForecast> Split(DateOnly date, double mean, PredictionInterval i80, PredictionInterval i95, TimeZoneInfo zone)
    {
        var hours = LocalDays.HoursOf(date, zone);
        var raw = hours.Select(h => Share(date.DayOfWeek, TimeZoneInfo.ConvertTime(h, zone).Hour)).ToArray();
        var total = raw.Sum();
        return [.. hours.Select((hour, i) =>
        {
            var share = total > 0 ? raw[i] / total : 1.0 / hours.Count;
            var mu = mean * share;
            return new HourForecast(
                hour,
                mu,
                HourInterval(mu, mean, i80, 0.10, 0.90),
                HourInterval(mu, mean, i95, 0.025, 0.975));
        })];
    }

    static PredictionInterval HourInterval(double hourMean, double dayMean, PredictionInterval day, double lo, double hi)
    {
        if (dayMean <= 0)
        {
            return new PredictionInterval(0, EmpiricalIntervals.PoissonQuantile(hourMean, hi));
        }
        return new PredictionInterval(
            EmpiricalIntervals.PoissonQuantile(hourMean * day.Lower / dayMean, lo),
            EmpiricalIntervals.PoissonQuantile(hourMean * day.Upper / dayMean, hi));
    }
}
