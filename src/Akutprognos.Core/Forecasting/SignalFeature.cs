using System.Globalization;

namespace Akutprognos.Core.Forecasting;

/// <summary>
/// The web signal as a model covariate for day d: log of the visitors on the evening of d − 1 relative
/// to the mean evening of the four weeks before it (d − 29 … d − 2). Relative, because a website's audience
/// grows and relaunches; a model fed raw visitor counts would read that growth as illness.
/// </summary>
public static class SignalFeature
{
    /// <summary>Evenings in the baseline window.</summary>
    public const int BaselineDays = 28;

    /// <summary>Fewest complete evenings the baseline needs.</summary>
    public const int MinBaselineDays = 14;

    /// <summary>The covariate for <paramref name="day"/>, or NaN when the evening before or its baseline is missing.</summary>
    public static double At(ForecastContext context, int day)
    {
        var evening = context.Evening(day - 1);
        if (double.IsNaN(evening) || evening <= 0)
        {
            return double.NaN;
        }
        double sum = 0;
        var n = 0;
        for (var i = day - 1 - BaselineDays; i < day - 1; i++)
        {
            var e = context.Evening(i);
            if (!double.IsNaN(e))
            {
                sum += e;
                n++;
            }
        }
        return n < MinBaselineDays || sum <= 0 ? double.NaN : Math.Log(evening / (sum / n));
    }

    /// <summary>Why <see cref="At"/> is NaN for <paramref name="day"/>, in words for the user.</summary>
    public static string WhyMissing(ForecastContext context, int day)
    {
        var date = context.DateAt(day - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (context.Signal is null)
        {
            return "no web signal";
        }
        var missing = context.Signal.MissingHours(context.DateAt(day - 1));
        return missing > 0
            ? $"web signal missing for {missing} of {context.Signal.ToHour - context.Signal.FromHour} evening hours on {date}"
            : $"too few complete evenings before {date} to judge the web signal";
    }
}
