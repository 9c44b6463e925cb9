using System.Text.Json;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class ForecastCommandTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    string DatabaseWithTwoSites()
    {
        var database = folder.PathOf("akut.db");
        var file = folder.Write("hourly.csv", SampleFiles.HourlyCsv(new Dictionary<string, int[]>
        {
            ["Danderyd"] = SampleFiles.DailyCounts(120, 240, seed: 5),
            ["Norrtälje"] = SampleFiles.DailyCounts(120, 75, seed: 6),
        }));
        Assert.Equal(0, CliInProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", database).ExitCode);
        return database;
    }

    [Theory]
    [InlineData("2021-05-03", 24)] // the day after the data ends
    [InlineData("2021-03-28", 23)] // a spring-forward Sunday inside the data: forecast from the days before it
    public void Forecast_StoredArrivals_EverySiteAndRegionPerHour(string date, int hours)
    {
        var database = DatabaseWithTwoSites();

        var run = CliInProcess.Run(folder.Path, "forecast", "--db", database, "--date", date, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(date, json.RootElement.GetProperty("date").GetString());
        var forecasts = json.RootElement.GetProperty("forecasts").EnumerateArray().ToList();
        Assert.Equal(["Danderyd", "Norrtälje", "total"], forecasts.Select(f => f.GetProperty("series").GetString()));
        foreach (var f in forecasts)
        {
            var mean = f.GetProperty("mean").GetDouble();
            Assert.InRange(mean, f.GetProperty("lo80").GetDouble(), f.GetProperty("hi80").GetDouble());
            Assert.True(f.GetProperty("lo95").GetDouble() >= 0);
            var hourly = f.GetProperty("hours").EnumerateArray().ToList();
            Assert.Equal(hours, hourly.Count);
            // Each hour is rounded to 0.1 in the JSON, so the sum may be off by 0.05 per hour.
            Assert.InRange(hourly.Sum(h => h.GetProperty("mean").GetDouble()), mean - 0.05 * hours, mean + 0.05 * hours);
        }
        var region = forecasts[2].GetProperty("mean").GetDouble();
        Assert.InRange(region, 0.8 * (240 + 75), 1.25 * (240 + 75));
    }

    [Fact]
    public void Forecast_EmptyDatabase_SaysWhatToDo()
    {
        var run = CliInProcess.Run(folder.Path, "forecast", "--db", folder.PathOf("empty.db"));

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("no arrivals", run.Stderr);
        Assert.Contains("ingest arrivals", run.Stderr);
    }
}
