using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Forecasts;

namespace Akutprognos.Storage.Tests.Forecasts;

public sealed class ForecastHistoryTests
{
    static readonly DateOnly Day = new(2026, 10, 25);

    static DayForecast Forecast(string series, DateOnly date, double mean, string? fallback = null) =>
        new(series, date, "calendar+signal", mean, new(mean * 0.9, mean * 1.1), new(mean * 0.8, mean * 1.2), fallback, []);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ForecastHistory_SavedWithNotes_ReturnsThemForTheDatesAsked(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.SaveForecasts([Forecast("A", Day.AddDays(-1), 100), Forecast("B", Day.AddDays(-1), 50)]);
        database.SaveForecasts(
            [Forecast("A", Day, 101.5, "evening signal missing"), Forecast(SeriesId.RegionKey, Day, 160)],
            new Dictionary<string, ForecastNotes> { ["A"] = new(0.975, 98.25), [SeriesId.RegionKey] = new(null, 150) });
        database.SaveForecasts([Forecast("A", Day.AddDays(1), 99)]);

        var history = database.ForecastHistory(Day.AddDays(-1), Day);

        Assert.Equal(
            [("A", Day.AddDays(-1)), ("B", Day.AddDays(-1)), ("A", Day), (SeriesId.RegionKey, Day)],
            history.Select(h => (h.Forecast.Series, h.Forecast.Date)));
        Assert.Equal(ForecastNotes.None, history[0].Notes);
        Assert.Equal(new ForecastNotes(0.975, 98.25), history[2].Notes);
        Assert.Equal(Forecast("A", Day, 101.5, "evening signal missing"), history[2].Forecast);
        Assert.Equal(new ForecastNotes(null, 150), history[3].Notes);
        Assert.All(history, h => Assert.True(h.Made > DateTimeOffset.UnixEpoch));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveNowcasts_ThenLoad_ReturnsThemByHourAndReplacesTheSameHour(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var at = new DateTimeOffset(2026, 10, 24, 16, 0, 0, TimeSpan.Zero);
        database.SaveNowcasts(
        [
            new StoredNowcast(Forecast("A", Day, 100), 20, 0.98, 4.25, at.AddHours(2)),
            new StoredNowcast(Forecast("A", Day, 90), 18, 0.97, 4.5, at),
            new StoredNowcast(Forecast(SeriesId.RegionKey, Day, 150), 18, null, null, at),
            new StoredNowcast(Forecast("A", Day.AddDays(1), 95), 18, null, 4.5, at.AddDays(1)),
        ]);
        database.SaveNowcasts([new StoredNowcast(Forecast("A", Day, 92, "evening signal missing"), 18, 0.96, 4.75, at.AddMinutes(5))]);

        var loaded = database.Nowcasts(Day);

        Assert.Equal([("A", 18), ("A", 20), (SeriesId.RegionKey, 18)], loaded.Select(n => (n.Forecast.Series, n.IssueHour)));
        Assert.Equal(new StoredNowcast(Forecast("A", Day, 92, "evening signal missing"), 18, 0.96, 4.75, at.AddMinutes(5)), loaded[0]);
        Assert.Null(loaded[2].RegionScale);
        Assert.Null(loaded[2].RecentMape);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void SaveNowcasts_HourOutOfRange_StoresNothing(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var at = DateTimeOffset.UnixEpoch;
        Assert.Throws<ArgumentOutOfRangeException>(() => database.SaveNowcasts(
            [new StoredNowcast(Forecast("A", Day, 100), 20, null, null, at), new StoredNowcast(Forecast("A", Day, 100), 25, null, null, at)]));
        Assert.Empty(database.Nowcasts(Day));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void HourlyArrivals_Window_ReturnsOnlyItsHours(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        var start = new DateTimeOffset(2026, 10, 24, 22, 0, 0, TimeSpan.Zero);
        database.ImportArrivals([.. Enumerable.Range(0, 30).SelectMany(h => new[] { new HourlyArrivals("A", start.AddHours(h), h), new HourlyArrivals("B", start.AddHours(h), 1) })], [], "test");

        var all = database.HourlyArrivals(null, start.AddHours(1), start.AddHours(26));
        var one = database.HourlyArrivals("A", start.AddHours(1), start.AddHours(26));

        Assert.Equal(50, all.Count);
        Assert.Equal(Enumerable.Range(1, 25), one.Select(h => h.Count));
        Assert.Equal(start.AddHours(25), one[^1].Hour);
    }
}
