using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Akutprognos.Storage.Accounts;
using Akutprognos.Web.Accounts;

namespace Akutprognos.Web.Tests.Api;

public sealed class ForecastsApiTests(DemoApp fixture) : IClassFixture<DemoApp>
{
    static readonly Uri Forecasts = new("/api/forecasts", UriKind.Relative);

    [Fact]
    public async Task Health_WithoutLogin_Returns200()
    {
        using var client = fixture.App.Client();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forecasts_WithoutLoginOrKey_Returns401()
    {
        using var client = fixture.App.Client();
        using var response = await client.GetAsync(Forecasts);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Forecasts_WithLoginCookie_ReturnsTomorrowPerSiteAndRegion()
    {
        using var client = await fixture.LoggedInAsync("viewer");
        using var response = await client.GetAsync(Forecasts);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(fixture.Demo.Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("date").GetString());
        var forecasts = root.GetProperty("forecasts").EnumerateArray().ToList();
        Assert.Equal(8, forecasts.Count);
        Assert.Equal("total", forecasts[0].GetProperty("series").GetString());
        foreach (var f in forecasts)
        {
            var (mean, lo80, hi80, lo95, hi95) = (Number(f, "mean"), Number(f, "lo80"), Number(f, "hi80"), Number(f, "lo95"), Number(f, "hi95"));
            Assert.InRange(mean, lo80, hi80);
            Assert.InRange(lo95, 0, lo80);
            Assert.True(hi95 >= hi80);
            var hours = f.GetProperty("hours").EnumerateArray().ToList();
            Assert.InRange(hours.Count, 23, 25);
            // Each hour is rounded to 0.1, so the hours may miss the day by up to 0.05 each.
            Assert.True(Math.Abs(hours.Sum(h => Number(h, "mean")) - mean) <= 0.05 * hours.Count + 0.05);
            Assert.False(string.IsNullOrEmpty(f.GetProperty("model").GetString()));
        }
        var region = Number(forecasts[0], "mean");
        Assert.Equal(region, forecasts.Skip(1).Sum(f => Number(f, "mean")), region * 0.03);
    }

    [Fact]
    public async Task Forecasts_WithApiKey_Returns200AndWithRevokedKey401()
    {
        using var database = fixture.Demo.Open();
        var key = ApiKeys.Create(database, "forecast reader", AccountRoles.Viewer, "test", TimeProvider.System);
        using var client = fixture.App.Client();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        var body = await client.GetFromJsonAsync<JsonElement>(Forecasts);
        Assert.Equal(8, body.GetProperty("forecasts").GetArrayLength());

        var id = database.ApiKeys().Single(k => k.Name == "forecast reader").Id;
        database.RevokeApiKey(id, new Storage.Audit.AuditEntry(DateTimeOffset.UnixEpoch, "test", "API key revoked", ""));
        using var refused = await client.GetAsync(Forecasts);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Forecasts_WithBearerKey_Returns200()
    {
        using var database = fixture.Demo.Open();
        var key = ApiKeys.Create(database, "bearer reader", AccountRoles.Viewer, "test", TimeProvider.System);
        using var client = fixture.App.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var response = await client.GetAsync(Forecasts);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Forecasts_WithMadeUpKey_Returns401()
    {
        using var client = fixture.App.Client();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, "ak_madeupmadeupmadeupmadeupmadeupmadeupmade");
        using var response = await client.GetAsync(Forecasts);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Forecasts_DayWithoutForecast_Returns404()
    {
        using var client = await fixture.LoggedInAsync("viewer");
        using var response = await client.GetAsync(new Uri("/api/forecasts?date=2001-01-01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Forecasts_BadDate_Returns400()
    {
        using var client = await fixture.LoggedInAsync("viewer");
        using var response = await client.GetAsync(new Uri("/api/forecasts?date=tomorrow", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/forecasts?date=0001-01-01")]
    [InlineData("/api/forecasts?date=9999-12-31")]
    [InlineData("/api/nowcasts?date=0001-01-01")]
    public async Task Forecasts_DayAtTheEndOfTheCalendar_Returns400NamingTheField(string url)
    {
        using var client = await fixture.LoggedInAsync("viewer");
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"date\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    static double Number(JsonElement element, string name) => element.GetProperty(name).GetDouble();
}
