using Akutprognos.Core.Series;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;

namespace Akutprognos.Storage.Tests.Forecasts;

public sealed class ForecastTests
{
    static readonly DateOnly SpringForward = new(2024, 3, 31);
    static readonly IReadOnlyList<HourForecast> NoHours = [];

    static DayForecast Forecast(string series, string model, double mean, string? fallback = null)
    {
        var hours = LocalDays.HoursOf(SpringForward, LocalDays.Stockholm);
        return new DayForecast(
            series, SpringForward, model, mean, new(mean * 0.9, mean * 1.1), new(mean * 0.8, mean * 1.2), fallback,
            hours.Select((h, i) => new HourForecast(h, mean / hours.Count + i * 0.01, new(0.5, 9.25), new(0, 12.125))).ToList());
    }

    static void AssertSame(IReadOnlyList<DayForecast> expected, IReadOnlyList<DayForecast> actual)
    {
        Assert.Equal(expected.Select(f => f with { Hours = NoHours }), actual.Select(f => f with { Hours = NoHours }));
        Assert.Equal(expected.Select(f => f.Hours.ToList()), actual.Select(f => f.Hours.ToList()));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveForecasts_ThenLoad_ReturnsForecastsWithHours(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var forecasts = new[]
        {
            Forecast(SeriesId.RegionKey, "calendar+signal", 1903.25),
            Forecast("Södersjukhuset", "calendar", 301.1, "evening signal missing"),
        };

        database.SaveForecasts(forecasts);

        var loaded = database.LoadForecasts(SpringForward);
        AssertSame(forecasts.OrderBy(f => f.Series, StringComparer.Ordinal).ToList(), loaded);
        Assert.Equal(23, loaded[0].Hours.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveForecasts_SameSeriesAndDate_ReplacesEarlier(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.SaveForecasts([Forecast("Södersjukhuset", "calendar", 290, "evening signal missing")]);
        var later = Forecast("Södersjukhuset", "calendar+signal", 305.5);
        later = later with { Hours = later.Hours.Take(20).ToList() };

        database.SaveForecasts([later]);

        AssertSame([later], database.LoadForecasts(SpringForward));
        Assert.Equal(20, test.Count("forecast_hours"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void LoadForecasts_NoForecastForDate_ReturnsEmpty(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.SaveForecasts([Forecast("Södersjukhuset", "calendar", 290)]);

        Assert.Empty(database.LoadForecasts(SpringForward.AddDays(1)));
    }
}
