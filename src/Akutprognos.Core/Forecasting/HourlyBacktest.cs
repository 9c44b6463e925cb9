using Akutprognos.Core.Series;

namespace Akutprognos.Core.Forecasting;

/// <summary>Accuracy of the selected daily forecasts split into hours.</summary>
/// <param name="Hours">Hours scored.</param>
/// <param name="Mape">MAPE over hours with a non-zero actual, percent.</param>
/// <param name="Mae">Mean absolute error per hour, arrivals.</param>
/// <param name="PoissonFloorMape">The MAPE a perfect hourly mean still has from Poisson noise, percent.</param>
/// <param name="Coverage80">Share of hours inside the hourly 80% interval.</param>
/// <param name="Coverage95">Share of hours inside the hourly 95% interval.</param>
public sealed record HourlyAccuracy(int Hours, double Mape, double Mae, double PoissonFloorMape, double Coverage80, double Coverage95);

/// <summary>
/// Scores the hourly split of a backtest: each test day's selected forecast is split by the <see cref="HourlyProfile"/>
/// of the 52 weeks before that day's week (rebuilt weekly, from hours before the day only) and compared hour by hour.
/// </summary>
public static class HourlyBacktest
{
    /// <summary>
    /// Splits each of <paramref name="forecasts"/> into local hours of <paramref name="zone"/> and scores them against the
    /// actual arrivals in <paramref name="hours"/> (UTC); null when no forecast hour has an actual to compare with.
    /// </summary>
    public static HourlyAccuracy? Score(IEnumerable<HourlyArrivals> hours, TimeZoneInfo zone, IReadOnlyList<DatedForecast> forecasts)
    {
        var local = HourlyProfile.LocalCounts(hours, zone);
        if (local.Count == 0 || forecasts.Count == 0)
        {
            return null;
        }
        var actualByHour = new Dictionary<DateTimeOffset, double>();
        foreach (var h in hours)
        {
            actualByHour[h.Hour] = actualByHour.GetValueOrDefault(h.Hour) + h.Count;
        }
        HourlyProfile? profile = null;
        var profileDate = DateOnly.MinValue;
        double absPct = 0, abs = 0, floor = 0;
        int n = 0, pct = 0, in80 = 0, in95 = 0;
        foreach (var f in forecasts)
        {
            if (double.IsNaN(f.Actual) || double.IsNaN(f.Outcome.Mean))
            {
                continue;
            }
            if (profile is null || f.Date.DayNumber - profileDate.DayNumber >= 7)
            {
                profile = HourlyProfile.FromLocalCounts(local, f.Date);
                profileDate = f.Date;
            }
            foreach (var hour in profile.Split(f.Date, f.Outcome.Mean, f.Outcome.Interval80, f.Outcome.Interval95, zone))
            {
                if (!actualByHour.TryGetValue(hour.Hour, out var y))
                {
                    continue;
                }
                n++;
                abs += Math.Abs(y - hour.Mean);
                in80 += y >= hour.Interval80.Lower && y <= hour.Interval80.Upper ? 1 : 0;
                in95 += y >= hour.Interval95.Lower && y <= hour.Interval95.Upper ? 1 : 0;
                if (y > 0)
                {
                    absPct += Math.Abs(y - hour.Mean) / y;
                    floor += Math.Sqrt(2 / (Math.PI * y));
                    pct++;
                }
            }
        }
        return n == 0 ? null : new HourlyAccuracy(n, 100 * absPct / pct, abs / n, 100 * floor / pct, (double)in80 / n, (double)in95 / n);
    }
}
