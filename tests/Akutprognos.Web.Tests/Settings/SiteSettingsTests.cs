using System.Globalization;
using System.Net;
using Akutprognos.Core.Series;
using Akutprognos.Core.Sites;
using Microsoft.Extensions.DependencyInjection;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Settings;

public sealed class SiteSettingsTests(DemoCopyApp fixture) : IClassFixture<DemoCopyApp>
{
    /// <summary>Posts the form of <paramref name="site"/> as a person would: the stored values, with the ones given changed.</summary>
    async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string site, string displayName, bool inRegion,
        string? timeZone = null, string? holidays = null, int? dayClosesAt = null)
    {
        SiteConfig? stored;
        using (var database = fixture.Open())
        {
            stored = database.Sites.Find(site);
        }
        var regions = (stored?.Regions ?? []).Where(r => r != SeriesId.DefaultRegion).ToList();
        if (inRegion)
        {
            regions.Insert(0, SeriesId.DefaultRegion);
        }
        var fields = new List<KeyValuePair<string, string>>
        {
            new("site", site), new("displayName", displayName),
            new("timeZone", timeZone ?? stored?.TimeZone ?? SiteConfig.DefaultTimeZone),
            new("holidays", holidays ?? stored?.Holidays ?? "SE"),
            new("dayClosesAt", (dayClosesAt ?? stored?.DayClosesAt ?? SiteConfig.DefaultDayClosesAt).ToString(CultureInfo.InvariantCulture)),
            new("regions", string.Join(", ", regions)),
        };
        return await SettingsForms.SubmitAsync(client, "/settings/sites", fields);
    }

    /// <summary>Posts a change that must be saved (and redirected); the database afterwards.</summary>
    async Task<AkutprognosDatabase> SaveAsync(HttpClient client, string site, string displayName, bool inRegion,
        string? timeZone = null, string? holidays = null, int? dayClosesAt = null)
    {
        var (status, html) = await PostAsync(client, site, displayName, inRegion, timeZone, holidays, dayClosesAt);
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
        var sites = database.Sites.All();
        Assert.Equal(7, sites.Count);
        Assert.All(sites, s => Assert.Contains($"<h2 id=\"site-{sites.ToList().IndexOf(s)}-name\">{s.Name}</h2>", html, StringComparison.Ordinal));
        // Three years of demo data, ending today.
        var last = DemoDatabase.Instance.Tomorrow.AddDays(-1);
        var first = last.AddYears(-3).AddDays(1);
        var days = (last.DayNumber - first.DayNumber + 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Data: {first:yyyy-MM-dd} – {last:yyyy-MM-dd}, {days} days with arrivals", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisplayName_SetByAdmin_IsStoredAuditedAndShownOnTomorrow()
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");

        using var database = await SaveAsync(client, "Södersjukhuset", "SöS akuten", inRegion: true);

        Assert.Equal("SöS akuten", database.Sites.Find("Södersjukhuset")!.DisplayName);
        Assert.Contains(database.AuditLog(), e => e.Action == "site changed" && e.Detail ==
            "Södersjukhuset: display name '', zone Europe/Stockholm, holidays SE, day closes at 06:00, regions total"
            + " → display name 'SöS akuten', zone Europe/Stockholm, holidays SE, day closes at 06:00, regions total");
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

        Assert.Empty(database.Sites.Find("Norrtälje")!.Regions);
        var data = fixture.Demo.App.Services.GetRequiredService<Web.Dashboard.DashboardData>();
        var series = data.Series();
        var region = series.Single(s => s.Name == Core.Series.SeriesId.RegionKey);
        var day = region.End;
        var inRegion = series.Where(s => s.Name is not "Norrtälje" and not Core.Series.SeriesId.RegionKey).Sum(s => s[s.IndexOf(day)]);
        Assert.Equal(inRegion, region[region.IndexOf(day)]);
    }

    [Fact]
    public async Task ZoneHolidaysAndClosingHour_SetByAdmin_AreStoredAndReadByTheNextRun()
    {
        using var client = await fixture.Demo.LoggedInAsync("admin");

        using var database = await SaveAsync(client, "Karolinska Huddinge", "", inRegion: true, timeZone: "Europe/London", holidays: "GB", dayClosesAt: 4);

        var stored = database.Sites.Find("Karolinska Huddinge")!;
        Assert.Equal(("Europe/London", "GB", 4), (stored.TimeZone, stored.Holidays, stored.DayClosesAt));
        var setup = Pipeline.Sites.SiteSetup.Load(database);
        Assert.Equal("Europe/London", setup.ZoneOf("Karolinska Huddinge").Id);
        // The summer bank holiday of England and Wales: a working day in Sweden.
        Assert.True(setup.CalendarOf("Karolinska Huddinge").Describe(new DateOnly(2025, 8, 25)).IsHoliday);
    }

    [Theory]
    [InlineData("Danderyd", "A name that is far too long for a card on the dashboard of a phone, really", null, null, "Danderyd: the display name is too long (at most 60 characters).")]
    [InlineData("Nowhere", "Somewhere", null, null, "There is no site Nowhere.")]
    [InlineData("Danderyd", "", "Europe/Stockholmm", null, "Danderyd: unknown time zone 'Europe/Stockholmm' (use an IANA name such as Europe/Stockholm or Europe/London).")]
    [InlineData("Danderyd", "", null, 24, "Danderyd: the hour a day closes must be 0 to 23, not 24.")]
    public async Task Post_Invalid_ShowsTheMessageAndStoresNothing(string site, string name, string? zone, int? closes, string message)
    {
        using var database = fixture.Open();
        var before = database.Sites.All().Select(s => s.Describe()).ToList();
        int Changes() => database.AuditLog().Count(e => e.Action == "site changed");
        var changes = Changes();
        using var client = await fixture.Demo.LoggedInAsync("admin");

        var (status, html) = await PostAsync(client, site, name, inRegion: true, timeZone: zone, dayClosesAt: closes);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(before, database.Sites.All().Select(s => s.Describe()));
        Assert.Equal(changes, Changes());
    }
}
