namespace Akutprognos.Core.Forecasting;

/// <summary>The models that compete for every series, benchmarks first; <see cref="Ensemble"/> is added to them by <see cref="ModelRun.RunAll"/>.</summary>
public static class ModelCatalog
{
    /// <summary>Seasonal naive, then the calendar and the calendar+level regressions, each without and with the web signal.</summary>
    public static IReadOnlyList<IForecastModel> All { get; } =
    [
        new SeasonalNaiveModel(),
        new CalendarRegressionModel(useSignal: false),
        new CalendarRegressionModel(useSignal: true),
        new LevelRegressionModel(useSignal: false),
        new LevelRegressionModel(useSignal: true),
    ];
}
