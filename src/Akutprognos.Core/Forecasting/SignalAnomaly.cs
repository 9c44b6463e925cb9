using System.Globalization;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The web signal as a covariate for day d, done robustly: log of the visitors in one window of the evening of
/// d − 1 relative to the <i>median</i> of the same window over the 28 evenings before it (so a growing audience, a
/// relaunch (re-based at once by <see cref="SignalShifts"/>, else after two weeks), a media evening or an outage in the baseline do not read as illness), with its rise
/// above the previous (damped) evening limited to <see cref="JumpSds"/> robust SDs of day-to-day changes. Illness
/// builds over days and passes the limit; a media story that doubles one evening does not, and is damped to an
/// ordinary busy evening (falls are not limited, so the day after reads normally again). The limit is estimated on
/// the training days of each fit.
/// </summary>
public sealed class SignalAnomaly
{
    /// <summary>Evenings in the baseline window.</summary>
    public const int BaselineDays = 28;

    /// <summary>Fewest complete evenings the baseline needs.</summary>
    public const int MinBaselineDays = 14;

    /// <summary>How many robust SDs of the day-to-day change one evening may move the covariate.</summary>
    public const double JumpSds = 3;

    readonly double[] damped;

    SignalAnomaly(ForecastContext context, SignalWindow window, double jumpLimit)
    {
        var raw = RawSeries(context, window);
        damped = new double[raw.Length];
        var previous = double.NaN;
        for (var d = 0; d < raw.Length; d++)
        {
            damped[d] = double.IsNaN(raw[d]) || double.IsNaN(previous) ? raw[d] : Math.Min(raw[d], previous + jumpLimit);
            previous = double.IsNaN(damped[d]) ? previous : damped[d];
        }
        Window = window;
    }

    /// <summary>The evening window whose visitors the covariate is built from.</summary>
    public SignalWindow Window { get; }

    /// <summary>Estimates the jump limit for <paramref name="window"/> on days <c>[trainStart, trainEnd)</c>.</summary>
    public static SignalAnomaly Fit(ForecastContext context, SignalWindow window, int trainStart, int trainEnd)
    {
        var raw = RawSeries(context, window);
        var changes = new List<double>();
        for (var d = trainStart + 1; d < trainEnd; d++)
        {
            var now = raw[d];
            var before = raw[d - 1];
            if (!double.IsNaN(now) && !double.IsNaN(before))
            {
                changes.Add(now - before);
            }
        }
        return new SignalAnomaly(context, window, JumpSds * LevelFilter.RobustScale(changes));
    }

    /// <summary>The covariate for <paramref name="day"/>, or NaN when the evening before or its baseline is missing.</summary>
    public double At(int day) => day >= 0 && day < damped.Length ? damped[day] : double.NaN;

    /// <summary>log(visitors on d − 1 / median of the 28 evenings before), without damping; NaN when unknown.</summary>
    public static double Raw(ForecastContext context, SignalWindow window, int day) =>
        day < 0 || day >= context.Length ? double.NaN : RawSeries(context, window)[day];

    static double[] RawSeries(ForecastContext context, SignalWindow window) =>
        context.Derived("relative", window, d => Compute(context, window, d));

    static double Compute(ForecastContext context, SignalWindow window, int day)
    {
        var evening = context.Evening(day - 1, window);
        if (double.IsNaN(evening) || evening <= 0)
        {
            return double.NaN;
        }
        Span<double> baseline = stackalloc double[BaselineDays];
        var n = 0;
        var shifts = SignalShifts.For(context, window);
        for (var i = day - 1 - BaselineDays; i < day - 1; i++)
        {
            var e = context.Evening(i, window);
            if (!double.IsNaN(e) && e > 0)
            {
                baseline[n++] = e * Math.Exp(shifts.Offset(i, day));
            }
        }
        if (n < MinBaselineDays)
        {
            return double.NaN;
        }
        var sorted = baseline[..n];
        sorted.Sort();
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return Math.Log(evening / median);
    }

    /// <summary>Why <see cref="At"/> is NaN for <paramref name="day"/>, in words for the user.</summary>
    public static string WhyMissing(ForecastContext context, SignalWindow window, int day)
    {
        var date = context.DateAt(day - 1);
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (context.Signal is null)
        {
            return "no web signal";
        }
        var missing = context.Signal.MissingHours(date, window);
        return missing > 0
            ? $"web signal missing for {missing} of {window.Hours} hours ({window}) on {text}"
            : $"too few complete evenings before {text} to judge the web signal";
    }
}
