using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Staffing;

/// <summary>
/// A demo-region database with the forecast for <see cref="Day"/> stored, built once for the staffing CLI tests.
/// The day is the 25-hour fall-back Sunday, so the whole path runs through a daylight-saving night.
/// </summary>
public sealed class DemoDatabase : IDisposable
{
    public static readonly DateOnly Day = new(2025, 10, 26);

    readonly ScratchFolder folder = new();

    public DemoDatabase()
    {
        var calendar = HolidayCalendars.ForCode(HolidayCalendars.DefaultCode);
        var data = DemoRegion.Generate(new DemoOptions(Day.AddDays(-1)), calendar);
        Path = folder.PathOf("demo.db");
        using var database = AkutprognosDatabase.Open(Path);
        database.ImportArrivals(data.Arrivals, [], "demo");
        database.ImportVisitors(data.Visitors, "demo");
        new NightlyForecast(database, SiteSetup.Load(database)).Run(Day);
        Sites = [.. data.Sites.Select(s => s.Name)];
    }

    public string Path { get; }

    public IReadOnlyList<string> Sites { get; }

    public string DayText => Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A copy of the database for a test that writes to it.</summary>
    public string Copy(ScratchFolder into)
    {
        var copy = into.PathOf("copy.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }.Where(s => File.Exists(Path + s)))
        {
            File.Copy(Path + suffix, copy + suffix);
        }
        return copy;
    }

    public void Dispose() => folder.Dispose();
}
