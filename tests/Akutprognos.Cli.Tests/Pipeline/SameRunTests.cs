using System.Net.Http.Json;
using System.Text.Json;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;
using Akutprognos.Core.Staffing;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.TestSupport;
using Akutprognos.Web;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Schedule;
using Microsoft.Extensions.DependencyInjection;

namespace Akutprognos.Cli.Tests.Pipeline;

/// <summary>
/// The evening run is one pipeline behind every door: the CLI and the web host's schedule store the same forecasts and
/// give the same staffing plan for one database; arrivals pushed through the API and imported by the CLI are stored
/// with the same rows, completeness and health findings.
/// </summary>
public sealed class SameRunTests : IDisposable
{
    static readonly DateOnly Day = new(2025, 10, 26);

    readonly ScratchFolder folder = new();

    /// <summary>A copy of one generated demo region (three years of arrivals and the web signal) per call.</summary>
    string Copy(string name)
    {
        var source = folder.PathOf("source.db");
        if (!File.Exists(source))
        {
            var data = DemoRegion.Generate(new DemoOptions(Day.AddDays(-1)), HolidayCalendars.ForCode(HolidayCalendars.DefaultCode));
            using var database = AkutprognosDatabase.Open(source);
            database.ImportArrivals(data.Arrivals, [], "demo");
            database.ImportVisitors(data.Visitors, "demo");
        }
        var copy = folder.PathOf(name);
        File.Copy(source, copy);
        return copy;
    }

    [Fact]
    public async Task NightlyRun_ThroughTheCliAndTheWebSchedule_StoresTheSameForecastsAndGivesTheSamePlan()
    {
        var (cli, web) = (Copy("cli.db"), Copy("web.db"));
        var day = Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var forecast = CliInProcess.Run(folder.Path, "forecast", "--db", cli, "--date", day);
        Assert.True(forecast.ExitCode == 0, forecast.Stderr);
        // One roster for both, made from the forecasts, so that the plans have call-ins and releases to agree on.
        var zone = LocalDays.Stockholm;
        IReadOnlyList<RosterLine> roster;
        using (var database = AkutprognosDatabase.Open(cli))
        {
            roster = DemoRoster.For(Day, zone, database.LoadForecasts(Day), StaffingConfiguration.Default);
            database.ImportRoster(roster, zone, "roster");
        }
        using (var database = AkutprognosDatabase.Open(web))
        {
            database.ImportRoster(roster, zone, "roster");
        }
        var staffing = CliInProcess.Run(folder.Path, "staffing", "--db", cli, "--date", day, "--json");
        Assert.True(staffing.ExitCode == 0, staffing.Stderr);

        await using var app = WebApp.Create(new WebAppOptions(web) { RunSchedule = false, Urls = "http://127.0.0.1:0" });
        var outcome = await app.Services.GetRequiredService<ForecastRunner>().RunAsync(Day, "nightly", CancellationToken.None);

        Assert.True(outcome.Ok, outcome.Detail);
        using (var a = AkutprognosDatabase.Open(cli))
        using (var b = AkutprognosDatabase.Open(web))
        {
            var (fromCli, fromWeb) = (a.LoadForecasts(Day), b.LoadForecasts(Day));
            Assert.Equal(8, fromCli.Count);
            Assert.Equal(fromCli.Select(Describe), fromWeb.Select(Describe));
            Assert.Equal(a.ForecastHistory(Day, Day).Select(n => (n.Forecast.Series, n.Notes)), b.ForecastHistory(Day, Day).Select(n => (n.Forecast.Series, n.Notes)));
        }
        using var json = JsonDocument.Parse(staffing.Stdout);
        var plan = outcome.Staffing!;
        var cliRecommendations = json.RootElement.GetProperty("recommendations").EnumerateArray().Select(r => r.GetString()).ToList();
        var webRecommendations = plan.Sites.SelectMany(s => s.Roles.SelectMany(r => r.Changes.Select(c => StaffingText.Recommendation(s.Site, r.Role, c, zone)))).ToList();
        Assert.NotEmpty(webRecommendations);
        Assert.Equal(webRecommendations.Order(StringComparer.Ordinal), cliRecommendations.Order(StringComparer.Ordinal));
        var cliRequired = json.RootElement.GetProperty("sites").EnumerateArray()
            .SelectMany(s => s.GetProperty("roles").EnumerateArray().Select(r => (s.GetProperty("site").GetString(), r.GetProperty("role").GetString(),
                r.GetProperty("hours").EnumerateArray().Sum(h => h.GetProperty("required").GetInt32()))));
        var webRequired = plan.Sites.SelectMany(s => s.Roles.Select(r => ((string?)s.Site, (string?)r.Role, r.Hours.Sum(h => h.Required))));
        Assert.Equal(webRequired, cliRequired);
    }

    static string Describe(Core.Forecasting.DayForecast f) =>
        FormattableString.Invariant($"{f.Series} {f.Date} {f.Model} {f.Mean:R} {f.Interval80.Lower:R}-{f.Interval80.Upper:R} {f.Interval95.Lower:R}-{f.Interval95.Upper:R} {string.Join(',', f.Hours.Select(h => h.Mean.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}");

    [Fact]
    public async Task SameArrivals_PushedThroughTheApiAndImportedByTheCli_SameRowsCompletenessAndHealth()
    {
        var (cli, api) = (folder.PathOf("cli-push.db"), folder.PathOf("api-push.db"));
        // Two days of one new site, the second short of its evening hours.
        var start = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(1));
        var hours = Enumerable.Range(0, 44).Select(h => (Hour: start.AddHours(h), Count: 3 + h % 7)).ToList();
        var csv = folder.Write("push.csv", "timestamp,site,count\n" + string.Concat(hours.Select(h =>
            FormattableString.Invariant($"{h.Hour:yyyy-MM-ddTHH:mm:sszzz},Danderyd,{h.Count}\n"))));
        var key = folder.PathOf("visit.key");

        var imported = CliInProcess.Run(folder.Path, new Dictionary<string, string> { ["AKUTPROGNOS_KEY_FILE"] = key },
            "ingest", "arrivals", csv, "--db", cli);
        Assert.True(imported.ExitCode == 0, imported.Stderr);

        string planner;
        using (var database = AkutprognosDatabase.Open(api))
        {
            planner = ApiKeys.Create(database, "integration", AccountRoles.Planner, "test", TimeProvider.System);
        }
        await using (var app = WebApp.Create(new WebAppOptions(api) { RunSchedule = false, Urls = "http://127.0.0.1:0" }))
        {
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            client.DefaultRequestHeaders.Add(ApiKeys.Header, planner);
            var push = new { rows = hours.Select(h => new { site = "Danderyd", hour = h.Hour.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), count = h.Count }).ToArray() };
            using var response = await client.PostAsJsonAsync(new Uri("/api/arrivals", UriKind.Relative), push);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            await app.StopAsync();
        }

        using var a = AkutprognosDatabase.Open(cli);
        using var b = AkutprognosDatabase.Open(api);
        Assert.Equal(44, a.HourlyArrivals().Count);
        Assert.Equal(a.HourlyArrivals(), b.HourlyArrivals());
        Assert.Equal(a.CompleteThrough(), b.CompleteThrough());
        // Imported long after 06:00 of the day after, both days count as exported in full, by either door.
        Assert.Equal(new DateOnly(2026, 11, 3), a.CompleteThrough()["Danderyd"]);
        Assert.Equal(a.HealthFindings().Select(f => f.Finding), b.HealthFindings().Select(f => f.Finding));
        Assert.Equal(a.Sites.All().Select(s => s.Describe()), b.Sites.All().Select(s => s.Describe()));
    }

    public void Dispose() => folder.Dispose();
}
