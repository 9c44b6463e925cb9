namespace Akutprognos.Core.Forecasting;

/// <summary>How well one model did on the test days of one series (evaluation.md §1 defines each field).</summary>
/// <param name="Model">Model name.</param>
/// <param name="Mape">Mean absolute percentage error, percent, over days with a non-zero actual.</param>
/// <param name="Mae">Mean absolute error, arrivals.</param>
/// <param name="Rmse">Root mean squared error, arrivals.</param>
/// <param name="Mase">MAE divided by the mean absolute 7-day seasonal difference before the test period.</param>
/// <param name="Coverage80">Share of days whose actual lies inside the 80% interval.</param>
/// <param name="Coverage95">Share of days whose actual lies inside the 95% interval.</param>
/// <param name="ZeroDays">Test days with zero actual, left out of the MAPE.</param>
/// <param name="FallbackDays">Test days on which the model ran without one of its inputs.</param>
public sealed record Accuracy(string Model, double Mape, double Mae, double Rmse, double Mase, double Coverage80, double Coverage95, int ZeroDays, int FallbackDays)
{
    /// <summary>Scores forecasts against actuals; days whose actual is NaN are skipped.</summary>
    public static Accuracy Score(string model, IReadOnlyList<double> actuals, IReadOnlyList<ForecastOutcome> outcomes, double maseScale)
    {
        double absPct = 0, abs = 0, squared = 0;
        int n = 0, pctDays = 0, zero = 0, in80 = 0, in95 = 0, fallback = 0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            var y = actuals[i];
            if (double.IsNaN(y))
            {
                continue;
            }
            var o = outcomes[i];
            var error = y - o.Mean;
            n++;
            abs += Math.Abs(error);
            squared += error * error;
            if (y == 0)
            {
                zero++;
            }
            else
            {
                absPct += Math.Abs(error) / y;
                pctDays++;
            }
            in80 += y >= o.Interval80.Lower && y <= o.Interval80.Upper ? 1 : 0;
            in95 += y >= o.Interval95.Lower && y <= o.Interval95.Upper ? 1 : 0;
            fallback += o.Fallback is null ? 0 : 1;
        }
        return new Accuracy(
            model,
            pctDays == 0 ? double.NaN : 100 * absPct / pctDays,
            abs / n,
            Math.Sqrt(squared / n),
            abs / n / maseScale,
            (double)in80 / n,
            (double)in95 / n,
            zero,
            fallback);
    }

    /// <summary>Mean over days of sqrt(2 / (π·actual)) × 100: the MAPE a perfect-mean forecast still has from Poisson noise.</summary>
    public static double PoissonFloorMape(IEnumerable<double> actuals)
    {
        var positive = actuals.Where(y => y > 0).ToList();
        return positive.Count == 0 ? double.NaN : positive.Average(y => Math.Sqrt(2 / (Math.PI * y))) * 100;
    }

    /// <summary>Mean absolute 7-day seasonal difference of <paramref name="values"/> (NaN pairs skipped): the MASE denominator.</summary>
    public static double SeasonalScale(IReadOnlyList<double> values)
    {
        double sum = 0;
        var n = 0;
        for (var i = 7; i < values.Count; i++)
        {
            if (!double.IsNaN(values[i]) && !double.IsNaN(values[i - 7]))
            {
                sum += Math.Abs(values[i] - values[i - 7]);
                n++;
            }
        }
        return n == 0 ? double.NaN : sum / n;
    }
}

/// <summary>A forecast for one day with its intervals.</summary>
public readonly record struct ForecastOutcome(double Mean, PredictionInterval Interval80, PredictionInterval Interval95, string? Fallback);
