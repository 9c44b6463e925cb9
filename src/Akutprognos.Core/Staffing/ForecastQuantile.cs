using Akutprognos.Core.Forecasting;

namespace Akutprognos.Core.Staffing;

/// <summary>
/// Which point of each hour's forecast staffing plans for: the risk setting. Staffing to the mean leaves the
/// hour short about half the time the forecast errs upwards; p80 and p90 plan for a busier hour.
/// </summary>
public enum ForecastQuantile
{
    /// <summary>The expected arrivals.</summary>
    Mean,

    /// <summary>The 80th percentile, interpolated between the mean (taken as the median) and the 90th on a normal scale.</summary>
    P80,

    /// <summary>The 90th percentile: the upper end of the central 80% interval.</summary>
    P90,
}

/// <summary>Reads a quantile off an hour's forecast.</summary>
public static class ForecastQuantiles
{
    // z(0.8) / z(0.9) for the standard normal.
    const double P80Share = 0.8416212335729143 / 1.2815515655446004;

    /// <summary>Arrivals in <paramref name="hour"/> at <paramref name="quantile"/>; never below the mean.</summary>
    public static double Of(this ForecastQuantile quantile, HourForecast hour) => quantile switch
    {
        ForecastQuantile.Mean => hour.Mean,
        ForecastQuantile.P80 => hour.Mean + P80Share * Math.Max(0, hour.Interval80.Upper - hour.Mean),
        ForecastQuantile.P90 => Math.Max(hour.Mean, hour.Interval80.Upper),
        _ => throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "Unknown quantile."),
    };

    /// <summary>"mean", "p80" or "p90", as configuration files and output write it.</summary>
    public static string Name(this ForecastQuantile quantile) => quantile.ToString().ToLowerInvariant();

    /// <summary>Reads "mean", "p80" or "p90" (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out ForecastQuantile quantile)
    {
        quantile = ForecastQuantile.Mean;
        return text is not null && Enum.TryParse(text.Trim(), ignoreCase: true, out quantile) && Enum.IsDefined(quantile) && !text.Trim().All(char.IsDigit);
    }
}
