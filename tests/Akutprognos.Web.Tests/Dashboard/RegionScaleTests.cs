using Akutprognos.Core.Series;
using System.Net.Http.Json;
using System.Text.Json;

namespace Akutprognos.Web.Tests.Dashboard;

/// <summary>The nightly run notes how each hospital was scaled to the region and what the calendar benchmark said, and the cards show the scale.</summary>
public sealed class RegionScaleTests(DemoApp fixture) : IClassFixture<DemoApp>
{
    [Fact]
    public void NightlyRun_StoresTheScaleAndTheCalendarBenchmark()
    {
        using var database = fixture.Demo.Open();
        var stored = database.ForecastHistory(fixture.Demo.Tomorrow, fixture.Demo.Tomorrow);
        Assert.Equal(8, stored.Count);
        var region = stored.Single(s => s.Forecast.Series == SeriesId.RegionKey);
        var sites = stored.Where(s => s.Forecast.Series != SeriesId.RegionKey).ToList();
        Assert.Null(region.Notes.RegionScale);
        // One factor for all hospitals, and after it they add up to the region.
        var factor = Assert.Single(sites.Select(s => s.Notes.RegionScale).Distinct());
        Assert.InRange(factor ?? double.NaN, 0.8, 1.25);
        Assert.Equal(region.Forecast.Mean, sites.Sum(s => s.Forecast.Mean), 6);
        Assert.All(stored, s => Assert.InRange(s.Notes.CalendarMean ?? double.NaN, 0.5 * s.Forecast.Mean, 2 * s.Forecast.Mean));
    }

    [Fact]
    public async Task TomorrowAndApi_ShowTheScaleOnHospitalsOnly()
    {
        using var client = await fixture.LoggedInAsync("viewer");
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(7, html.Split("data-region-scale=").Length - 1);
        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/forecasts", UriKind.Relative));
        var forecasts = body.GetProperty("forecasts").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, forecasts[0].GetProperty("regionScale").ValueKind);
        Assert.All(forecasts.Skip(1), f => Assert.True(f.GetProperty("regionScale").GetDouble() > 0));
    }
}
