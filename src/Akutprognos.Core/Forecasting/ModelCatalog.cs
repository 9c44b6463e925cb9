namespace Akutprognos.Core.Forecasting;

/// <summary>The models that compete for every series, benchmarks first; <see cref="Ensemble"/> is added to them by <see cref="ModelRun.RunAll"/>.</summary>
public static class ModelCatalog
{
    public static IReadOnlyList<IForecastModel> All { get; } =
    [
        new SeasonalNaiveModel(),
        new CalendarRegressionModel(useSignal: false),
        new CalendarRegressionModel(useSignal: true),
        new LevelRegressionModel(useSignal: false),
        new LevelRegressionModel(useSignal: true),
    ];
}
