using Akutprognos.Core.Forecasting;

namespace Akutprognos.Pipeline.Forecasts;

/// <summary>
/// What the calendar benchmark (<see cref="CalendarRegressionModel"/> without the signal, the model the product must beat)
/// forecasts, stored beside each nightly forecast so the Accuracy page can compare the two on the days that came.
/// </summary>
public static class CalendarBenchmark
{
    /// <summary>The calendar model's one-day-ahead means for day indices <c>[from, to)</c> of <paramref name="context"/>, refitted weekly; null where it cannot fit.</summary>
    public static double?[] Means(ForecastContext context, int from, int to) =>
        [.. RollingOrigin.Run(new CalendarRegressionModel(useSignal: false), context, from, to, refitDays: 7)
            .Select(p => double.IsFinite(p.Mean) && p.Mean >= 0 ? p.Mean : (double?)null)];
}
