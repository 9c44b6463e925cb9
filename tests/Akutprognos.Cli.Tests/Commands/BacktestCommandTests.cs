using System.Text.Json;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class BacktestCommandTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Backtest_DailyFile_JsonHasBenchmarksAndPlainSeasonalNaive()
    {
        var counts = SampleFiles.DailyCounts(900, 300, seed: 1);
        var file = folder.Write("daily.csv", SampleFiles.DailyCsv(counts));

        var run = CliInProcess.Run(folder.Path, "backtest", "--arrivals", file, "--test-days", "365", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var result = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("total", result.GetProperty("series").GetString());
        Assert.Equal(900, result.GetProperty("days").GetInt32());
        Assert.Equal(365, result.GetProperty("test_days").GetInt32());
        var models = result.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        Assert.Contains("calendar", models.Keys);
        Assert.Contains(result.GetProperty("selected").GetString(), models.Keys);

        // Seasonal naive by its plain definition, computed here independently.
        var plain = Enumerable.Range(900 - 365, 365).Average(d => Math.Abs(counts[d] - counts[d - 7]) / (double)counts[d]) * 100;
        Assert.Equal(plain, models["seasonal-naive"].GetProperty("mape").GetDouble(), 3);
        var floor = Enumerable.Range(900 - 365, 365).Average(d => Math.Sqrt(2 / (Math.PI * counts[d]))) * 100;
        Assert.Equal(floor, result.GetProperty("poisson_floor_mape").GetDouble(), 3);
        foreach (var model in models.Values)
        {
            Assert.InRange(model.GetProperty("coverage80").GetDouble(), 0, 1);
            Assert.True(model.GetProperty("mase").GetDouble() > 0);
        }
    }

    [Fact]
    public void Backtest_ForecastsOut_WritesSelectedModelPerTestDay()
    {
        var file = folder.Write("daily.csv", SampleFiles.DailyCsv(SampleFiles.DailyCounts(500, 120, seed: 2)));
        var output = folder.PathOf("forecasts.csv");

        var run = CliInProcess.Run(folder.Path, "backtest", "--arrivals", file, "--test-days", "100", "--forecasts-out", output);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal("series,date,actual,forecast,lo80,hi80,lo95,hi95,model", lines[0]);
        Assert.Equal(101, lines.Length);
        Assert.All(lines.Skip(1), line =>
        {
            var f = line.Split(',').Skip(3).Take(5).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.True(f[3] <= f[1] && f[1] <= f[0] && f[0] <= f[2] && f[2] <= f[4], line); // lo95 ≤ lo80 ≤ mean ≤ hi80 ≤ hi95
            Assert.True(f[3] >= 0);
        });
        Assert.Contains("selected", run.Stdout);
    }

    [Fact]
    public void Backtest_SiteColumn_EverySiteAndTotal()
    {
        var file = folder.Write("hourly.csv", SampleFiles.HourlyCsv(new Dictionary<string, int[]>
        {
            ["Danderyd"] = SampleFiles.DailyCounts(200, 240, seed: 3),
            ["Norrtälje"] = SampleFiles.DailyCounts(200, 75, seed: 4),
        }));

        var run = CliInProcess.Run(folder.Path, "backtest", "--arrivals", file, "--test-days", "60", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var series = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("series").GetString());
        Assert.Equal(["Danderyd", "Norrtälje", "total"], series);
    }

    [SkippableFact]
    public void Backtest_WalesLastYear_SeasonalNaiveIsPlainDefinition()
    {
        var wales = RealData.RequireFile("ed-wales-hourly/h2_hourly.csv");
        var daily = File.ReadLines(wales).Skip(1)
            .Select(l => l.Split(','))
            .GroupBy(p => p[0][..10], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Sum(p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var plain = Enumerable.Range(daily.Length - 365, 365).Average(d => Math.Abs(daily[d] - daily[d - 7]) / (double)daily[d]) * 100;

        var run = CliInProcess.Run(folder.Path, "backtest", "--arrivals", wales, "--time-column", "arrival_1h",
            "--count-column", "n_attendance", "--ignore-offset", "--test-days", "365", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var result = json.RootElement.GetProperty("results")[0];
        var naive = result.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "seasonal-naive");
        Assert.Equal(1795, result.GetProperty("days").GetInt32());
        Assert.Equal(plain, naive.GetProperty("mape").GetDouble(), 3);
        Assert.InRange(plain, 8.4, 8.5);
    }

    [Fact]
    public void Backtest_JsonAndPlot_KeepsFixedFieldsAndDrawsTheBands()
    {
        var arrivals = folder.Write("daily.csv", SampleFiles.DailyCsv(SampleFiles.DailyCounts(500, 200, seed: 7)));
        var plot = folder.PathOf("backtest.svg");

        var run = CliInProcess.Run(folder.Path, "backtest", "--arrivals", arrivals, "--json", "--holidays", "none", "--test-days", "60", "--plot", plot);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var result = json.RootElement.GetProperty("results")[0];
        Assert.Equal(60, result.GetProperty("test_days").GetInt32());
        var models = result.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(["seasonal-naive", "calendar", "calendar+level", "ensemble"], models);
        Assert.Contains(result.GetProperty("selected").GetString(), models);
        foreach (var field in new[] { "mape", "mae", "rmse", "mase", "coverage80", "coverage95" })
        {
            Assert.True(result.GetProperty("models")[0].TryGetProperty(field, out _), field);
        }
        var svg = File.ReadAllText(plot);
        Assert.Contains("<svg", svg);
        Assert.Contains("80% interval", svg);
    }

    [Fact]
    public void Backtest_MissingFile_FailsNamingIt()
    {
        var run = CliInProcess.Run(folder.Path, "backtest", "--arrivals", "nope.csv");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("nope.csv", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}
