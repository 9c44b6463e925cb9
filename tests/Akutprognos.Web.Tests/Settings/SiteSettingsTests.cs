using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Akutprognos.Storage;
using Akutprognos.Web.Settings;

namespace Akutprognos.Web.Tests.Settings;

public sealed class SiteSettingsTests(DemoCopyApp fixture) : IClassFixture<DemoCopyApp>
{
    static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string site, string displayName, bool inRegion)
    {
        var fields = new List<KeyValuePair<string, string>> { new("site", site), new("displayName", displayName) };
        if (inRegion)
        {
            fields.Add(new("inRegion", "true"));
        }
        return await SettingsForms.SubmitAsync(client, "/settings/sites", fields);
    }

    /// <summary>Posts a change that must be saved (and redirected); the database afterwards.</summary>
    async Task<AkutprognosDatabase> SaveAsync(HttpClient client, string site, string displayName, bool inRegion)
    {
        var (status, html) = await PostAsync(client, site, displayName, inRegion);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("Saved.", html, StringComparison.Ordinal);
        return fixture.Open();
    }

    [Fact]
    public async Task Get_ListsEverySiteWithItsData()
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/settings/sites", UriKind.Relative)));
        using var database = fixture.Open();
        var sites = database.Sites();
        Assert.Equal(7, sites.Count);
        Assert.All(sites, s => Assert.Contains($"<th scope=\"row\">{s.Name}</th>", html, StringComparison.Ordinal));
        // Three years of demo data, ending today.
        var last = DemoDatabase.Instance.Tomorrow.AddDays(-1);
        var first = last.AddYears(-3).AddDays(1);
        var days = (last.DayNumber - first.DayNumber + 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"<td>{first:yyyy-MM-dd}</td>\n                    <td>{last:yyyy-MM-dd}</td>\n                    <td class=\"num\">{days}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisplayName_SetByAdmin_IsStoredAuditedAndShownOnTomorrow()
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");

        using var database = await SaveAsync(client, "Södersjukhuset", "SöS akuten", inRegion: true);

        Assert.Equal("SöS akuten", database.Settings()[SiteSettings.NameSetting("Södersjukhuset")]);
        Assert.Contains(database.AuditLog(), e => e.Action == "site changed"
            && e.Detail == "Södersjukhuset: display name '', in the region → display name 'SöS akuten', in the region");
        var tomorrow = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains(">SöS akuten</a></h2>", tomorrow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisplayName_Set_IsShownOnDataHealthAndCarriedBesideTheCodeInTheForecastsApi()
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");

        using var database = await SaveAsync(client, "Danderyd", "Danderyds akutmottagning", inRegion: true);
        var health = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/data", UriKind.Relative)));
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/forecasts", UriKind.Relative)));

        Assert.Contains("<th scope=\"row\">Danderyds akutmottagning</th>", health, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">Danderyd</th>", health, StringComparison.Ordinal);
        var forecasts = json.RootElement.GetProperty("forecasts").EnumerateArray().ToList();
        var named = forecasts.Single(f => f.GetProperty("series").GetString() == "Danderyd");
        Assert.Equal("Danderyds akutmottagning", named.GetProperty("displayName").GetString());
        var other = forecasts.Single(f => f.GetProperty("series").GetString() == "Karolinska Solna");
        Assert.Equal("Karolinska Solna", other.GetProperty("displayName").GetString());
        Assert.Equal("Region (all EDs)", forecasts[0].GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Region_SiteTakenOut_IsStoredAndLeftOutOfTheRegionSeries()
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");

        using var database = await SaveAsync(client, "Norrtälje", "", inRegion: false);

        Assert.Equal(["Norrtälje"], SiteSettings.OutsideRegion(database.Settings()));
        var data = fixture.Demo.App.Services.GetRequiredService<Web.Dashboard.DashboardData>();
        var series = data.Series();
        var region = series.Single(s => s.Name == Core.Forecasting.DayForecast.RegionSeries);
        var day = region.End;
        var inRegion = series.Where(s => s.Name is not "Norrtälje" and not Core.Forecasting.DayForecast.RegionSeries).Sum(s => s[s.IndexOf(day)]);
        Assert.Equal(inRegion, region[region.IndexOf(day)]);
    }

    [Theory]
    [InlineData("Danderyd", "A name that is far too long for a card on the dashboard of a phone, really", true, "The display name is too long (at most 60 characters).")]
    [InlineData("Nowhere", "Somewhere", true, "There is no site Nowhere.")]
    public async Task Post_Invalid_ShowsTheMessageAndStoresNothing(string site, string name, bool inRegion, string message)
    {
        using var database = fixture.Open();
        var before = database.Settings();
        using var client = await fixture.Demo.LoggedInAsync("admin");

        var (status, html) = await PostAsync(client, site, name, inRegion);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(before, database.Settings());
    }
}
