using Akutprognos.Core.Series;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// A central prediction interval in arrivals: both ends finite, the lower at least zero and at most the upper.
/// <c>default</c> is the empty interval [0, 0], which the backtest machinery keeps beside a forecast it could not make.
/// </summary>
public readonly record struct PredictionInterval
{
    /// <summary>An interval; throws <see cref="ArgumentOutOfRangeException"/> when an end is not finite, below zero or inverted.</summary>
    /// <param name="lower">The lower end, at least zero.</param>
    /// <param name="upper">The upper end, at least <paramref name="lower"/>.</param>
    public PredictionInterval(double lower, double upper)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || lower < 0 || upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(lower), $"[{lower}, {upper}] is not a prediction interval: ends must be finite, 0 ≤ lower ≤ upper.");
        }
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower end.</summary>
    public double Lower { get; }

    /// <summary>The upper end.</summary>
    public double Upper { get; }

    /// <summary>Whether <paramref name="value"/> lies inside, ends included.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The ends, for <c>var (lo, hi) = interval</c>.</summary>
    public void Deconstruct(out double lower, out double upper) => (lower, upper) = (Lower, Upper);
}

/// <summary>The forecast for one hour (UTC start) of a forecast day; the mean is finite and at least zero.</summary>
public readonly record struct HourForecast
{
    /// <summary>An hour's forecast; throws <see cref="ArgumentOutOfRangeException"/> on a mean that is not a count.</summary>
    public HourForecast(DateTimeOffset hour, double mean, PredictionInterval interval80, PredictionInterval interval95)
    {
        Hour = hour;
        Mean = Checks.Count(mean, nameof(mean));
        Interval80 = interval80;
        Interval95 = interval95;
    }

    /// <summary>The hour's start (UTC).</summary>
    public DateTimeOffset Hour { get; init; }

    /// <summary>Expected arrivals in the hour.</summary>
    public double Mean { get; init => field = Checks.Count(value, nameof(Mean)); }

    /// <summary>Central 80% prediction interval.</summary>
    public PredictionInterval Interval80 { get; init; }

    /// <summary>Central 95% prediction interval.</summary>
    public PredictionInterval Interval95 { get; init; }
}

/// <summary>
/// Tomorrow (or any day) for one series: a site, or a region. The mean is a finite count; NaN or infinity never gets in.
/// </summary>
public sealed record DayForecast
{
    /// <param name="series">The series' key (<see cref="SeriesId.Key"/>): a site's name, or a region's key.</param>
    /// <param name="date">The local date forecast.</param>
    /// <param name="model">The model that made it, e.g. "calendar+signal".</param>
    /// <param name="mean">Expected arrivals that day: finite, at least zero.</param>
    /// <param name="interval80">Central 80% prediction interval.</param>
    /// <param name="interval95">Central 95% prediction interval.</param>
    /// <param name="fallback">Why a simpler model was used than the one selected (e.g. the evening signal is missing), or null.</param>
    /// <param name="hours">The day's hours (23, 24 or 25), summing to about <paramref name="mean"/>.</param>
    public DayForecast(
        string series, DateOnly date, string model, double mean, PredictionInterval interval80, PredictionInterval interval95,
        string? fallback, IReadOnlyList<HourForecast> hours)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(series);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(hours);
        Series = series;
        Date = date;
        Model = model;
        Mean = Checks.Count(mean, nameof(mean));
        Interval80 = interval80;
        Interval95 = interval95;
        Fallback = fallback;
        Hours = hours;
    }

    /// <summary>The series' key: a site's name, or a region's key (<see cref="SeriesId.Key"/>).</summary>
    public string Series { get; init; }

    /// <summary>The series as a value: site or region.</summary>
    public SeriesId Id => SeriesId.FromKey(Series);

    /// <summary>The local date forecast.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The model that made it.</summary>
    public string Model { get; init; }

    /// <summary>Expected arrivals that day.</summary>
    public double Mean { get; init => field = Checks.Count(value, nameof(Mean)); }

    /// <summary>Central 80% prediction interval.</summary>
    public PredictionInterval Interval80 { get; init; }

    /// <summary>Central 95% prediction interval.</summary>
    public PredictionInterval Interval95 { get; init; }

    /// <summary>Why a simpler model was used than the one selected, or null.</summary>
    public string? Fallback { get; init; }

    /// <summary>The day's hours (23, 24 or 25), summing to about <see cref="Mean"/>.</summary>
    public IReadOnlyList<HourForecast> Hours { get; init; }
}

/// <summary>The invariants the forecast values check when they are made.</summary>
static class Checks
{
    /// <summary><paramref name="value"/> when it is a finite count (at least zero); else throws <see cref="ArgumentOutOfRangeException"/>.</summary>
    public static double Count(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "An expected count must be finite and at least zero.");
}
