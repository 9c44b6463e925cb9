using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Akutprognos.Pipeline.Backtests;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Pipeline.Imports;
using Akutprognos.Pipeline.Inputs;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Pipeline.Staffing;
using Akutprognos.Cli.Output;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.Web;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Board;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos demo</c>: the whole pipeline on a generated region (seven Stockholm County EDs and the
/// evening web signal) — store, backtest, forecast tomorrow, plan staff against a planned roster — so a newcomer sees the product work at once.
/// </summary>
static class DemoCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db")
        {
            Description = "Database for the demo region (SQLite path or PostgreSQL connection string)",
            DefaultValueFactory = _ => "akutprognos-demo.db",
        };
        var noServe = new Option<bool>("--no-serve") { Description = "Print tomorrow's forecast and exit instead of serving the dashboard" };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated region", DefaultValueFactory = _ => 2015 };
        var urls = ServeCommand.Urls();
        var command = new Command("demo", "Build a demo region, backtest, forecast tomorrow, print it and serve the dashboard") { db, noServe, seed, urls };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var target = result.GetValue(db)!;
            Run(target, result.GetValue(seed));
            return result.GetValue(noServe) ? 0 : Serve(target, result.GetValue(urls)!);
        }));
        return command;
    }

    /// <summary>Serves the demo database with a fresh demo account (an admin, so every page can be seen) and prints how to log in.</summary>
    static int Serve(string target, string urls)
    {
        string password;
        using (var database = AkutprognosDatabase.Open(target))
        {
            password = LocalUsers.CreateOrReset(database, DemoUser, AccountRoles.Admin, TimeProvider.System);
            // The Tvärgrupp meeting where the forecast was born, moderated by the demo account too.
            DemoBoard.Seed(database, DemoUser);
        }
        return ServeCommand.Serve(new WebAppOptions(target) { Urls = urls }, address =>
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"Dashboard: {address}");
            Console.Out.WriteLine($"Log in as '{DemoUser}' with password '{password}'. Ctrl+C stops the server.");
            Console.Out.Flush();
        });
    }

    const string DemoUser = "demo";

    /// <summary>Past nights of stored forecasts the demo leaves for the Accuracy page.</summary>
    const int PastNights = 28;

    static int Run(string target, int seed)
    {
        var clock = Stopwatch.StartNew();
        var zone = LocalDays.Stockholm;
        var calendar = HolidayCalendars.ForCode(HolidayCalendars.DefaultCode);
        var tomorrow = ForecastCommand.Tomorrow(TimeProvider.System, zone);
        var data = DemoRegion.Generate(new DemoOptions(tomorrow.AddDays(-1)) { Seed = seed }, calendar);
        using var database = AkutprognosDatabase.Open(target);
        var arrivals = database.ImportArrivals(data.Arrivals, [], $"demo region, seed {seed}");
        var visitors = database.ImportVisitors(data.Visitors, $"demo web traffic, seed {seed}");
        Report.Line($"{database.Description}: arrivals {VisitorsImporter.Summary(arrivals)}; web visitors {VisitorsImporter.Summary(visitors)}");

        var setup = SiteSetup.Load(database);
        var backtests = SeriesBacktests.Run(ModelInputs.Read(database, setup).Series, new BacktestOptions());
        // The last weeks of the backtest are what the nightly runs would have stored: the Accuracy page scores them.
        PastForecasts.Store(database, backtests, PastNights);
        // Recorded as a run, as the schedule records its own, so the Schedule page and the metrics show it.
        var run = database.StartRun("forecast", tomorrow);
        var forecast = new NightlyForecast(database, setup).Run(tomorrow);
        database.FinishRun(run, forecast.Outcome, $"demo: {forecast.Summary()}");
        var staffing = new StaffingRun(database, setup);
        var configuration = staffing.StoredConfiguration();
        var roster = DemoRoster.For(tomorrow, zone, [.. forecast.Lines.Select(l => l.Forecast)], configuration);
        database.ImportRoster(roster, zone, "demo roster");
        var plan = staffing.Run(tomorrow, configuration).Value
            ?? throw new InvalidOperationException("The demo's staffing plan could not be made.");

        var output = Console.Out;
        output.WriteLine($"Demo region: {data.Sites.Count} emergency departments, {data.Arrivals.Count:N0} hours of arrivals, web signal '{DemoRegion.Signal}'.");
        output.WriteLine();
        ForecastWriter.WriteTable(output, tomorrow, forecast.Lines);
        output.WriteLine();
        StaffingWriter.WriteTable(output, plan, zone);
        output.WriteLine();
        output.WriteLine("Backtest, last 365 days one day ahead: MAPE % of the selected model against the calendar benchmark");
        output.WriteLine($"  {"ED",-22} {"selected",-22} {"MAPE",6} {"calendar",9} {"naive",6} {"floor",6}");
        foreach (var (b, shown) in backtests.Runs.Select(r => (r.Result, r.Series.Shown)))
        {
            var name = SeriesId.IsRegionKey(b.Series) ? $"{shown} (total)" : shown;
            double Mape(string model) => b.Models.Single(m => m.Model == model).Mape;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-22} {b.Selected,-22} {Mape(b.Selected),6:F2} {Mape("calendar"),9:F2} {Mape("seasonal-naive"),6:F2} {b.PoissonFloorMape,6:F2}"));
        }
        output.WriteLine("  floor = the MAPE a perfect forecast still has from Poisson noise");
        output.WriteLine();
        output.WriteLine($"Stored in {database.Description}. Next: akutprognos forecast --db {target}; akutprognos staffing --db {target}");
        Report.Line(string.Create(CultureInfo.InvariantCulture, $"demo finished in {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
