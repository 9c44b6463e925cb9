using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.TestSupport;
using Akutprognos.Web.Accounts;

namespace Akutprognos.Web.Tests;

/// <summary>
/// One SQLite database with the demo region (seven EDs, three years) for the whole test run. Tomorrow's
/// forecast is made the way a fresh server makes it: the app starts with its schedule on, finds nothing
/// stored for tomorrow, forecasts it, and only then answers /health with 200.
/// </summary>
public sealed class DemoDatabase : IDisposable
{
    static readonly Lazy<DemoDatabase> Shared = new(() =>
    {
        // Built on the thread pool, away from xUnit's synchronisation context: the constructor blocks on the
        // app's start-up, and a continuation posted back to that context (whose two threads may both be
        // waiting here) would never run.
        var demo = Task.Run(() => new DemoDatabase()).GetAwaiter().GetResult();
        // Shared by every test class, so it lives as long as the test process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => demo.Dispose();
        return demo;
    });

    readonly ScratchFolder folder = new();

    DemoDatabase()
    {
        Path = folder.PathOf("demo.db");
        var zone = LocalDays.Stockholm;
        Tomorrow = LocalDays.DateOf(TimeProvider.System.GetUtcNow(), zone).AddDays(1);
        var data = DemoRegion.Generate(new DemoOptions(Tomorrow.AddDays(-1)), HolidayCalendars.ForCode("SE"));
        using (var database = AkutprognosDatabase.Open(Path))
        {
            database.ImportArrivals(data.Arrivals, [], "demo");
            database.ImportVisitors(data.Visitors, "demo");
            AdminPassword = LocalUsers.CreateOrReset(database, "admin", AccountRoles.Admin, TimeProvider.System);
            PlannerPassword = LocalUsers.CreateOrReset(database, "planner", AccountRoles.Planner, TimeProvider.System);
            ViewerPassword = LocalUsers.CreateOrReset(database, "viewer", AccountRoles.Viewer, TimeProvider.System);
        }
        using var app = new TestApp(Path, schedule: true);
        using var client = app.Client();
        var ready = Wait.Until(() => client.GetAsync(new Uri("/health", UriKind.Relative)).Result.IsSuccessStatusCode, TimeSpan.FromMinutes(3));
        if (!ready)
        {
            throw new InvalidOperationException("The app never became ready.");
        }
    }

    public static DemoDatabase Instance => Shared.Value;

    public string Path { get; }

    public DateOnly Tomorrow { get; }

    public string AdminPassword { get; }

    public string PlannerPassword { get; }

    public string ViewerPassword { get; }

    public AkutprognosDatabase Open() => AkutprognosDatabase.Open(Path);

    public void Dispose() => folder.Dispose();
}

static class Wait
{
    public static bool Until(Func<bool> condition, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }
            Thread.Sleep(200);
        }
        return false;
    }
}
