using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.Storage.Forecasts;
using Akutprognos.TestSupport;
using Akutprognos.Web.Accounts;

namespace Akutprognos.Web.Tests.Dashboard;

/// <summary>The Accuracy page and /api/accuracy on a small set of stored forecasts whose scores are worked out by hand here.</summary>
public sealed class StoredAccuracyTests : IDisposable
{
    const string Site = "Akuten";
    readonly ScratchFolder folder = new();
    readonly DateOnly today = LocalDays.DateOf(TimeProvider.System.GetUtcNow(), LocalDays.Stockholm);

    static double ActualOf(int i) => 100 + 7 * (i % 4);

    static double ForecastOf(int i) => 100 + 5 * (i % 3);

    static double? CalendarOf(int i) => i % 2 == 0 ? 110 : null;

    /// <summary>Arrivals on the 20 days before today; forecasts stored for the last <paramref name="storedDays"/> of them, for today, and for a day without arrivals.</summary>
    (string Path, string Password) Database(int storedDays, string displayName = "")
    {
        var path = folder.PathOf($"accuracy-{storedDays}{displayName.Length}.db");
        using var database = AkutprognosDatabase.Open(path);
        database.ImportArrivals([], [.. Enumerable.Range(1, 20).Select(i => new DailyArrivals(Site, today.AddDays(-i), (int)ActualOf(i)))], "test");
        StoredSites.Name(database, Site, displayName);
        foreach (var i in Enumerable.Range(1, storedDays).Append(0).Append(25))
        {
            var f = ForecastOf(i);
            database.SaveForecasts(
                [new DayForecast(Site, today.AddDays(-i), "calendar+signal", f, new(f - 6, f + 6), new(f - 12, f + 12), null, [])],
                new Dictionary<string, ForecastNotes> { [Site] = new(0.98, CalendarOf(i)) });
        }
        return (path, LocalUsers.CreateOrReset(database, "viewer", AccountRoles.Viewer, TimeProvider.System));
    }

    [Fact]
    public async Task Accuracy_SixteenStoredDays_MatchesTheHandComputation()
    {
        var (path, password) = Database(16);
        var days = Enumerable.Range(1, 16).ToList();
        var mape = days.Average(i => Math.Abs(ActualOf(i) - ForecastOf(i)) / ActualOf(i)) * 100;
        var calendarDays = days.Where(i => CalendarOf(i) is not null).ToList();
        var calendarMape = calendarDays.Average(i => Math.Abs(ActualOf(i) - CalendarOf(i)!.Value) / ActualOf(i)) * 100;
        var in80 = days.Count(i => Math.Abs(ActualOf(i) - ForecastOf(i)) <= 6) / 16.0;
        var in95 = days.Count(i => Math.Abs(ActualOf(i) - ForecastOf(i)) <= 12) / 16.0;
        Assert.InRange(in80, 0.2, 0.8); // the set is built so that the intervals miss some days and catch others

        using var app = new TestApp(path);
        using var client = app.Client();
        await Login.AsAsync(client, "viewer", password);
        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/accuracy", UriKind.Relative));
        Assert.Equal("stored", body.GetProperty("source").GetString());
        var site = body.GetProperty("stored").EnumerateArray().Single(s => s.GetProperty("series").GetString() == Site);
        Assert.Equal(16, site.GetProperty("days").GetInt32());
        Assert.Equal(Math.Round(mape, 2), site.GetProperty("mape").GetDouble());
        Assert.Equal(Math.Round(calendarMape, 2), site.GetProperty("calendarMape").GetDouble());
        Assert.Equal(calendarDays.Count, site.GetProperty("calendarDays").GetInt32());
        Assert.Equal(Math.Round(in80, 3), site.GetProperty("coverage80").GetDouble());
        Assert.Equal(Math.Round(in95, 3), site.GetProperty("coverage95").GetDouble());
        var daily = site.GetProperty("daily").EnumerateArray().ToList();
        Assert.Equal(today.AddDays(-16).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), daily[0].GetProperty("date").GetString());
        Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), daily[^1].GetProperty("date").GetString());
        // The region has arrivals but no stored forecasts: listed with no days.
        var region = body.GetProperty("stored").EnumerateArray().Single(s => s.GetProperty("series").GetString() == SeriesId.RegionKey);
        Assert.Equal(0, region.GetProperty("days").GetInt32());

        var html = await client.GetStringAsync(new Uri($"/accuracy?series={Site}", UriKind.Relative));
        Assert.Contains("data-source=\"stored\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-mape>{mape.ToString("F1", CultureInfo.InvariantCulture)} %<", html, StringComparison.Ordinal);
        Assert.Contains($"data-calendar-mape>{calendarMape.ToString("F1", CultureInfo.InvariantCulture)} %<", html, StringComparison.Ordinal);
        Assert.Contains($"data-coverage80>{(in80 * 100).ToString("F1", CultureInfo.InvariantCulture)} %<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-rolling\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accuracy_FewerStoredDaysThanNeeded_SaysSoAndShowsTheBacktest()
    {
        var (path, password) = Database(13);
        using var app = new TestApp(path);
        using var client = app.Client();
        await Login.AsAsync(client, "viewer", password);
        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/accuracy", UriKind.Relative));
        Assert.Equal("backtest", body.GetProperty("source").GetString());
        Assert.Equal(13, body.GetProperty("storedDays").GetInt32());
        var html = await client.GetStringAsync(new Uri("/accuracy", UriKind.Relative));
        Assert.Contains("data-source=\"backtest\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-source=\"stored\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accuracy_SiteWithDisplayName_PageShowsItAndTheApiCarriesItBesideTheCode()
    {
        const string Shown = "Akuten Norr & Söder";
        var (path, password) = Database(16, Shown);
        using var app = new TestApp(path);
        using var client = app.Client();
        await Login.AsAsync(client, "viewer", password);

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/accuracy", UriKind.Relative));
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/accuracy?series={Site}", UriKind.Relative)));

        var stored = body.GetProperty("stored").EnumerateArray().ToList();
        var site = stored.Single(s => s.GetProperty("series").GetString() == Site);
        Assert.Equal(Shown, site.GetProperty("displayName").GetString());
        var region = stored.Single(s => s.GetProperty("series").GetString() == SeriesId.RegionKey);
        Assert.Equal("Region (all EDs)", region.GetProperty("displayName").GetString());
        Assert.Contains($"<a href=\"/accuracy?series={Site}\">{Shown}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<h2>{Shown}: forecast and actual per day</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($">{Site}<", html, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
