using System.Text.Json;
using Akutprognos.Storage;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Pipeline;

/// <summary>
/// The README's "your own data" walk-through, run as written on the real Welsh ED export and the real Apache log: four
/// commands from an empty database to a forecast with staffing, each setting given once, at the import.
/// </summary>
public sealed class WalkThroughTests : IDisposable
{
    readonly ScratchFolder folder = new();

    [SkippableFact]
    public void OwnData_FourCommands_ForecastAndStaffingForTheDayAfterTheData()
    {
        var wales = RealData.RequireFile("ed-wales-hourly/h2_hourly.csv");
        var log = RealData.RequireFile("weblogs/apache-combined-semicomplete-2015.log");
        var db = folder.PathOf("wales.db");
        var environment = new Dictionary<string, string> { ["AKUTPROGNOS_KEY_FILE"] = folder.PathOf("visitor.key") };
        CliResult Run(params string[] args) => CliInProcess.Run(folder.Path, environment, args);

        var arrivals = Run("ingest", "arrivals", wales, "--time-column", "arrival_1h", "--count-column", "n_attendance",
            "--site", "Wales H2", "--tz", "Europe/London", "--holidays", "GB", "--db", db);
        var weblog = Run("ingest", "weblog", log, "--db", db);
        var forecast = Run("forecast", "--db", db, "--date", "2019-03-01", "--json");
        var staffing = Run("staffing", "--db", db, "--date", "2019-03-01");

        foreach (var step in new[] { arrivals, weblog, forecast, staffing })
        {
            Assert.True(step.ExitCode == 0, step.Stderr);
            Assert.DoesNotContain("Unhandled exception", step.Stderr, StringComparison.Ordinal);
            // The zone was given once, at the import: nothing is read as Stockholm's.
            Assert.DoesNotContain("Europe/Stockholm", step.Stderr, StringComparison.Ordinal);
        }
        Assert.Contains("new site Wales H2: display name '', zone Europe/London, holidays GB", arrivals.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(forecast.Stdout);
        var site = json.RootElement.GetProperty("forecasts").EnumerateArray().Single(f => f.GetProperty("series").GetString() == "Wales H2");
        Assert.Equal("2019-03-01", json.RootElement.GetProperty("date").GetString());
        // Wales H2 saw 300–420 arrivals a day in early 2019.
        Assert.InRange(site.GetProperty("mean").GetDouble(), 300, 420);
        Assert.Contains("Staffing plan for Friday 2019-03-01", staffing.Stdout, StringComparison.Ordinal);
        Assert.Contains("Wales H2: ", staffing.Stdout, StringComparison.Ordinal);
        using var database = AkutprognosDatabase.Open(db);
        var stored = database.Sites.Find("Wales H2")!;
        Assert.Equal(("Europe/London", "GB"), (stored.TimeZone, stored.Holidays));
        // 1 March 2019 is St David's Day, a working day in Wales: the calendar the forecast used is the stored GB one.
        Assert.False(stored.Calendar.Describe(new DateOnly(2019, 3, 1)).IsHoliday);
        Assert.True(stored.Calendar.Describe(new DateOnly(2019, 5, 27)).IsHoliday);
    }

    [SkippableFact]
    public void OwnData_ForecastWithoutADate_SaysTheDataEndedAndWhichDateToAskFor()
    {
        var wales = RealData.RequireFile("ed-wales-hourly/h2_hourly.csv");
        var db = folder.PathOf("stale.db");
        var imported = CliInProcess.Run(folder.Path, "ingest", "arrivals", wales, "--time-column", "arrival_1h", "--count-column", "n_attendance",
            "--site", "Wales H2", "--tz", "Europe/London", "--holidays", "GB", "--db", db);
        Assert.True(imported.ExitCode == 0, imported.Stderr);

        var run = CliInProcess.Run(folder.Path, "forecast", "--db", db);

        Assert.Equal(4, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("Wales H2: arrivals end on 2019-02-28, ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("(such as 2019-03-01)", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
