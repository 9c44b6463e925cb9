namespace Akutprognos.Core.Forecasting;

/// <summary>A central prediction interval in arrivals; both ends are at least zero.</summary>
public readonly record struct PredictionInterval(double Lower, double Upper);

/// <summary>The forecast for one hour (UTC start) of a forecast day.</summary>
public readonly record struct HourForecast(DateTimeOffset Hour, double Mean, PredictionInterval Interval80, PredictionInterval Interval95);

/// <summary>
/// Tomorrow (or any day) for one series: a site, or the region ("total").
/// </summary>
/// <param name="Series">Site name, or <see cref="RegionSeries"/>.</param>
/// <param name="Date">The local date forecast.</param>
/// <param name="Model">The model that made it, e.g. "calendar+signal".</param>
/// <param name="Mean">Expected arrivals that day.</param>
/// <param name="Interval80">Central 80% prediction interval.</param>
/// <param name="Interval95">Central 95% prediction interval.</param>
/// <param name="Fallback">Why a simpler model was used than the one selected (e.g. the evening signal is missing), or null.</param>
/// <param name="Hours">The day's hours (23, 24 or 25), summing to about <paramref name="Mean"/>.</param>
public sealed record DayForecast(
    string Series,
    DateOnly Date,
    string Model,
    double Mean,
    PredictionInterval Interval80,
    PredictionInterval Interval95,
    string? Fallback,
    IReadOnlyList<HourForecast> Hours)
{
    /// <summary>The name of the region-wide series: the sum over all sites.</summary>
    public const string RegionSeries = "total";
}
