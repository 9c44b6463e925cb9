using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Demo_NoServe_PrintsTomorrowForSevenEdsAndRegion()
    {
        var run = CliProcess.Run(folder.Path, "demo", "--no-serve", "--db", folder.PathOf("demo.db"));

        Assert.Equal(0, run.ExitCode);
        string[] sites = ["Karolinska Solna", "Karolinska Huddinge", "Södersjukhuset", "Danderyd", "S:t Göran", "Södertälje", "Norrtälje", "Region (total)"];
        var forecastLines = run.Stdout.Split('\n')
            .SkipWhile(l => !l.StartsWith("Forecast for", StringComparison.Ordinal))
            .TakeWhile(l => l.Length > 0)
            .ToList();
        foreach (var site in sites)
        {
            var line = Assert.Single(forecastLines, l => l.TrimStart().StartsWith(site, StringComparison.Ordinal));
            Assert.Matches(@"\d+\s+\d+–\d+\s+\d+–\d+", line); // forecast, 80% and 95% intervals
        }
        Assert.Contains("calendar+signal", run.Stdout);
        Assert.Contains("Staffing plan for", run.Stdout);
        Assert.True(File.Exists(folder.PathOf("demo.db")));
        // Four weeks of past nights are stored for the Accuracy page, each with the calendar benchmark, the EDs scaled to the region.
        using var database = Storage.AkutprognosDatabase.Open(folder.PathOf("demo.db"));
        var today = Core.Calendar.LocalDays.DateOf(TimeProvider.System.GetUtcNow(), Core.Calendar.LocalDays.Stockholm);
        var past = database.ForecastHistory(today.AddDays(-40), today);
        Assert.Equal(28, past.Select(p => p.Forecast.Date).Distinct().Count());
        Assert.Equal(28 * 8, past.Count);
        Assert.All(past, p => Assert.NotNull(p.Notes.CalendarMean));
        Assert.Equal(28 * 7, past.Count(p => p.Notes.RegionScale is not null));
    }
}
