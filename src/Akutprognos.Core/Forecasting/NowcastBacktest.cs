namespace Akutprognos.Core.Forecasting;

/// <summary>Accuracy of the forecast for day d issued at a local hour of the evening of d − 1.</summary>
/// <param name="IssueHour">Local hour of issue on the evening before (24 = midnight, the full evening).</param>
/// <param name="Mape">MAPE over the test days, percent.</param>
/// <param name="Mae">Mean absolute error, arrivals.</param>
public sealed record NowcastAccuracy(int IssueHour, double Mape, double Mae);

/// <summary>
/// How much a forecast issued at 18:00, 20:00, 22:00 or 24:00 can be trusted: the calendar+signal+level model is run
/// over the test days once per hour of issue, each time with the signal cut off at that hour
/// (<see cref="SignalWindow.AvailableAt"/>), under the same rolling-origin protocol as the backtest.
/// </summary>
public static class NowcastBacktest
{
    /// <summary>Accuracy per issue hour over days <c>[from, to)</c>; empty when the context has no signal.</summary>
    public static IReadOnlyList<NowcastAccuracy> Run(ForecastContext context, int from, int to, int refitDays)
    {
        if (context.Signal is null)
        {
            return [];
        }
        var actuals = Enumerable.Range(from, to - from).Select(context.Actual).ToArray();
        return [.. SignalWindow.IssueHours.AsParallel().AsOrdered().Select(hour =>
        {
            var model = new LevelRegressionModel(useSignal: true, SignalWindow.AvailableAt(hour), $"@{hour}");
            var predictions = RollingOrigin.Run(model, context, from, to, ((IForecastModel)model).RefitDays(refitDays));
            var score = Accuracy.Score(model.Name, actuals, [.. predictions.Select(p => new ForecastOutcome(p.Mean, default, default, p.Fallback))], 1);
            return new NowcastAccuracy(hour, score.Mape, score.Mae);
        })];
    }
}
