using System.Globalization;
using Akutprognos.TestSupport;

namespace Akutprognos.Api.ClientTests;

/// <summary>
/// <c>/metrics</c> as the operations team's Prometheus scrapes it: the families the on-call person needs, with values
/// from the database, the text format checked by Prometheus's own <c>promtool</c>, and the example alert rules in
/// <c>deploy/</c> checked and unit-tested by it too.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class MetricsTests(LiveApp app)
{
    async Task<string> ScrapeAsync()
    {
        using var client = app.Client(app.ViewerKey);
        return await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
    }

    static double Value(string metrics, string series)
    {
        var line = metrics.Split('\n').SingleOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"{series} is not in /metrics:\n{string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("akutprognos", StringComparison.Ordinal)))}");
        return double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Metrics_FeedAge_HoursSinceTheEndOfTheNewestStoredHour()
    {
        var metrics = await ScrapeAsync();

        // Arrivals and visitors end with the hour 23:00–24:00 of 9 March local time (23:00Z); the clock is 12:00Z on the 10th.
        Assert.Equal(13, Value(metrics, "akutprognos_feed_age_hours{site=\"Danderyd\",feed=\"arrivals\"}"));
        Assert.Equal(13, Value(metrics, "akutprognos_feed_age_hours{site=\"Norrtälje\",feed=\"arrivals\"}"));
        Assert.Equal(13, Value(metrics, "akutprognos_feed_age_hours{site=\"total\",feed=\"visitors\"}"));
    }

    [Fact]
    public async Task Metrics_LastRun_PerKindAndStoredOutcome()
    {
        var metrics = await ScrapeAsync();

        Assert.Equal(LiveApp.Now.ToUnixTimeSeconds(), Value(metrics, "akutprognos_last_run_timestamp_seconds{kind=\"forecast\",outcome=\"ok\"}"));
        Assert.DoesNotContain("outcome=\"failed\"", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ForecastMape_StoredForecastsAgainstArrivals()
    {
        var metrics = await ScrapeAsync();

        // Danderyd had 108 arrivals a day against 110 forecast, Norrtälje 36 against 36, the region 144 against 146.
        Assert.Equal(Math.Round(100 * 2 / 108.0, 3), Value(metrics, "akutprognos_forecast_mape{site=\"Danderyd\",window=\"28d\"}"));
        Assert.Equal(0, Value(metrics, "akutprognos_forecast_mape{site=\"Norrtälje\",window=\"28d\"}"));
        Assert.Equal(Math.Round(100 * 2 / 144.0, 3), Value(metrics, "akutprognos_forecast_mape{site=\"total\",window=\"28d\"}"));
    }

    [SkippableFact]
    public async Task Promtool_MetricsAndAlertRules_Pass()
    {
        Skip.If(!Repository.InCi && !Repository.OnPath("promtool"), "promtool is not installed (Debian package prometheus; CI installs it).");
        var scraped = await ScrapeAsync();

        var metrics = await Repository.RunAsync("promtool", ["check", "metrics"], input: scraped);
        var rules = await Repository.RunAsync("promtool", ["check", "rules", "deploy/alerts.yml"]);
        var tests = await Repository.RunAsync("promtool", ["test", "rules", "alerts.test.yml"], Path.Combine(Repository.Root, "deploy"));

        // The one finding allowed: the name akutprognos_feed_age_hours is part of the product's published contract, and
        // promtool's lint wants every duration in seconds. Anything else it reports fails the test.
        var findings = (metrics.Out + metrics.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(f => f != "akutprognos_feed_age_hours use base unit \"seconds\" instead of \"hours\"").ToList();
        Assert.True(metrics.Code is 0 or 3 && findings.Count == 0, $"promtool check metrics (exit {metrics.Code}):\n{string.Join('\n', findings)}\n{scraped}");
        Assert.True(rules.Code == 0, $"promtool check rules (exit {rules.Code}):\n{rules.Out}{rules.Error}");
        Assert.True(tests.Code == 0, $"promtool test rules (exit {tests.Code}):\n{tests.Out}{tests.Error}");
    }
}
