using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.Storage.Forecasts;
using Akutprognos.TestSupport;
using Akutprognos.Web;
using Akutprognos.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Akutprognos.Api.ClientTests;

/// <summary>
/// The real app on Kestrel at a free loopback port, on a small SQLite database: two EDs with five weeks of hourly
/// arrivals, a stored forecast for each of the last three weeks and for tomorrow, an evening nowcast and a run; a
/// viewer's and a planner's API key. The clock is fixed, so every read is the same on any day.
/// </summary>
public sealed class LiveApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 10);
    public static DateOnly Tomorrow => Today.AddDays(1);
    public static readonly string[] Sites = ["Danderyd", "Norrtälje"];

    readonly ScratchFolder folder = new();
    WebApplication? app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public string ViewerKey { get; private set; } = "";

    public string PlannerKey { get; private set; } = "";

    public string DatabasePath => folder.PathOf("api.db");

    public async Task InitializeAsync()
    {
        var clock = new FakeTimeProvider(Now);
        using (var database = AkutprognosDatabase.Open(DatabasePath, clock))
        {
            Fill(database);
            ViewerKey = ApiKeys.Create(database, "dashboard-wall", AccountRoles.Viewer, "test", clock);
            PlannerKey = ApiKeys.Create(database, "integration", AccountRoles.Planner, "test", clock);
        }
        app = WebApp.Create(new WebAppOptions(DatabasePath) { RunSchedule = false, Urls = "http://127.0.0.1:0" },
            web => web.Services.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First());
    }

    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }

    /// <summary>The document as the app serves it now.</summary>
    public async Task<string> DocumentAsync()
    {
        using var client = Client(ViewerKey);
        return await client.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        folder.Dispose();
    }

    static void Fill(AkutprognosDatabase database)
    {
        var zone = LocalDays.Stockholm;
        var first = Today.AddDays(-35);
        var arrivals = new List<HourlyArrivals>();
        for (var day = first; day < Today; day = day.AddDays(1))
        {
            foreach (var hour in Hours(day, zone))
            {
                arrivals.Add(new HourlyArrivals(Sites[0], hour, 3 + (hour.Hour + day.Day) % 4));
                arrivals.Add(new HourlyArrivals(Sites[1], hour, 1 + (hour.Hour + day.Day) % 2));
            }
        }
        database.ImportArrivals(arrivals, [], "test");
        var visitors = Hours(Today.AddDays(-1), zone).Select(h => new HourlyVisitors("all", h, 1000 + 10 * h.Hour)).ToList();
        database.ImportVisitors(visitors, "test");

        var forecasts = new List<DayForecast>();
        for (var day = Today.AddDays(-21); day <= Tomorrow; day = day == Today.AddDays(-1) ? Tomorrow : day.AddDays(1))
        {
            forecasts.Add(Forecast(Sites[0], day, 110, zone));
            forecasts.Add(Forecast(Sites[1], day, 36, zone));
            forecasts.Add(Forecast(SeriesId.RegionKey, day, 146, zone));
        }
        database.SaveForecasts(forecasts);
        var issued = new DateTimeOffset(Today.ToDateTime(new TimeOnly(19, 0)), TimeSpan.Zero);
        database.SaveNowcasts([.. forecasts.Where(f => f.Date == Tomorrow).Select(f => new StoredNowcast(f with { Model = f.Model + "@20" }, 20, null, 4.5, issued))]);
        var run = database.StartRun("forecast", Tomorrow);
        database.FinishRun(run, true, "3 series");
    }

    static DayForecast Forecast(string series, DateOnly day, double mean, TimeZoneInfo zone)
    {
        var hours = Hours(day, zone).ToList();
        return new DayForecast(series, day, "calendar+signal", mean, new PredictionInterval(mean * 0.9, mean * 1.1),
            new PredictionInterval(mean * 0.8, mean * 1.2), null,
            [.. hours.Select(h => new HourForecast(h, mean / hours.Count, new PredictionInterval(0, mean / 10), new PredictionInterval(0, mean / 8)))]);
    }

    static IEnumerable<DateTimeOffset> Hours(DateOnly day, TimeZoneInfo zone)
    {
        var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
        var end = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
        for (var hour = start; hour < end; hour = hour.AddHours(1))
        {
            yield return hour;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LiveAppCollection : ICollectionFixture<LiveApp>
{
    public const string Name = "live app";
}
