namespace Akutprognos.Core.Forecasting;

/// <summary>The models that compete for every series, benchmarks first.</summary>
public static class ModelCatalog
{
    public static IReadOnlyList<IForecastModel> All { get; } =
    [
        new SeasonalNaiveModel(),
        new CalendarRegressionModel(useSignal: false),
        new CalendarRegressionModel(useSignal: true),
    ];
}
