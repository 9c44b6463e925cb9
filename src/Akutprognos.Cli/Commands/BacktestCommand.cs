using System.CommandLine;
using Akutprognos.Cli.Output;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Core.Sites;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Visitors;
using Akutprognos.Pipeline.Backtests;
using Akutprognos.Pipeline.Inputs;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos backtest</c>: one-day-ahead rolling-origin accuracy of every model (evaluation.md §1), on files
/// (<c>--arrivals</c>, <c>--signal</c>) or on what a database stores (<c>--db</c>: each series with its own zone and
/// calendar, and the stored web signal). Both read their series through <see cref="ModelInputs"/>, so the same data and
/// settings give the same figures.
/// </summary>
static class BacktestCommand
{
    public static Command Create()
    {
        var arrivals = new Option<string?>("--arrivals") { Description = "Arrivals CSV: date,count | timestamp,count | arrival[,id], optionally with site" };
        var db = CommonOptions.Database(required: false);
        db.Description = "Backtest the series stored in this database (SQLite path or PostgreSQL connection string) instead of files";
        var signal = new Option<string?>("--signal") { Description = "Hourly web visitors CSV: hour,visitors or timestamp,visitors" };
        var testDays = new Option<int>("--test-days") { Description = "Length of the test period: the last N days", DefaultValueFactory = _ => 365 };
        var json = CommonOptions.Json();
        var forecastsOut = new Option<string?>("--forecasts-out") { Description = "Write the selected model's test forecasts to this CSV" };
        var holidays = CommonOptions.Holidays("Holiday calendar: SE (default for files), an ISO country code (GB or UK, US, …), a CSV file of dates, or none; with --db, overrides the stored calendars for this run only");
        var plot = new Option<string?>("--plot") { Description = "Draw the region's (or the single series') test forecasts against the actuals with bands: FILE.svg or FILE.png" };
        var hourly = new Option<bool>("--hourly") { Description = "Also score the selected forecasts split into hours (hourly or per-visit input)" };
        var nowcast = new Option<bool>("--nowcast") { Description = "Also score forecasts issued at 18:00, 20:00, 22:00 and 24:00 the evening before (needs a signal)" };
        var input = new ArrivalsInput();
        var command = new Command("backtest", "Score every model one day ahead over the last N days; pick the production model on the days before")
        {
            arrivals, db, signal, testDays, json, forecastsOut, holidays, plot, hourly, nowcast,
        };
        input.AddTo(command);
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var days = result.GetValue(testDays);
            if (days < 7)
            {
                throw new UsageException("--test-days must be at least 7");
            }
            if ((result.GetValue(arrivals) is null) == (result.GetValue(db) is null))
            {
                throw new UsageException("give either --arrivals FILE (with --signal FILE) or --db DATABASE");
            }
            if (result.GetValue(db) is not null && result.GetValue(signal) is not null)
            {
                throw new UsageException("--signal reads a file; with --db the stored web signal is used");
            }
            var (inputs, hours) = result.GetValue(db) is { } target
                ? FromDatabase(target, result, input, holidays, result.GetValue(hourly))
                : FromFiles(result.GetValue(arrivals)!, result, input, holidays, signal);
            if (result.GetValue(nowcast) && inputs.Visitors.Count == 0)
            {
                throw new UsageException("--nowcast needs a web signal: the forecasts issued through the evening read the evening's web visitors");
            }
            var report = SeriesBacktests.Run(inputs.Series, new BacktestOptions(TestDays: days), result.GetValue(nowcast));
            foreach (var skipped in inputs.Skipped.Concat(report.Skipped))
            {
                Console.Error.WriteLine($"akutprognos: {skipped.Reason}");
            }
            if (report.Runs.Count == 0)
            {
                return CommandRunner.Fail("no series could be backtested (see above)", ExitCodes.Unavailable);
            }
            var results = report.Runs.Select(r => r.Result).ToList();
            var reconciled = Reconciliation.Score(results);
            var several = inputs.Setup.SeveralRegions;
            var reports = report.Runs.Select(r => new Output.BacktestReport(
                r.Result,
                reconciled.GetValueOrDefault(r.Result.Series),
                hours is null ? null : HourlyBacktest.Score(hours.Where(h => r.Series.Sites.Contains(h.Site)), r.Series.Zone, r.Result.SelectedForecasts),
                r.Nowcast,
                r.SignalNote,
                r.Series.Id.IsRegion && several ? r.Series.Id.Name : null)).ToList();
            if (result.GetValue(forecastsOut) is { } path)
            {
                BacktestWriter.WriteForecasts(path, results);
            }
            if (result.GetValue(plot) is { } plotPath)
            {
                BacktestPlot.Write(plotPath, results.FirstOrDefault(r => SeriesId.IsRegionKey(r.Series)) ?? results[0]);
            }
            if (result.GetValue(json))
            {
                BacktestWriter.WriteJson(Console.Out, reports);
            }
            else
            {
                BacktestWriter.WriteTable(Console.Out, reports);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The series of the files, as <see cref="ModelInputs"/> reads them: one zone and calendar for all (--tz, --holidays).</summary>
    static (ModelInputs Inputs, IReadOnlyList<HourlyArrivals>? Hours) FromFiles(
        string path, ParseResult result, ArrivalsInput input, Option<string?> holidays, Option<string?> signalOption)
    {
        var zone = input.Zone(result);
        var calendar = HolidayInput.Resolve(result.GetValue(holidays) ?? Core.Calendar.HolidayCalendars.DefaultCode);
        var read = new ArrivalsCsvReader(input.Options(result, SeriesId.RegionKey)).Read(path);
        Report.Read(path, read.Report);
        IReadOnlyList<HourlyVisitors> visitors = [];
        if (result.GetValue(signalOption) is { } signalPath)
        {
            var signal = new VisitorsCsvReader(new VisitorsCsvOptions { TimeZone = zone, IgnoreOffset = input.IgnoreOffset(result) }).Read(signalPath);
            Report.Read(signalPath, signal.Report);
            visitors = signal.Hourly;
        }
        var daily = RegionSeries.ByLocalDate(read.Hourly, zone).Concat(read.Daily).ToList();
        var names = daily.Select(d => d.Site).Distinct(StringComparer.Ordinal).Where(n => !SeriesId.IsRegionKey(n)).ToList();
        // A file is one region of all its sites, read in one zone with one calendar; a single unnamed series is the region itself.
        var sites = names.Select(n => new SiteConfig(n) { Regions = [SeriesId.DefaultRegion] }).ToList();
        var setup = SiteSetup.Of(sites, [new RegionConfig(SeriesId.DefaultRegion)], new RunOverrides(zone, calendar));
        if (names.Count == 0)
        {
            // The file has no site column: its one series is the region's ("total").
            daily = [.. daily.Select(d => d with { Site = "(all)" })];
            setup = SiteSetup.Of([new SiteConfig("(all)") { Regions = [SeriesId.DefaultRegion] }], [new RegionConfig(SeriesId.DefaultRegion)], new RunOverrides(zone, calendar));
            var inputs = ModelInputs.From(setup, daily, visitors);
            return (ModelInputs.Only(inputs, SeriesId.TheRegion), read.Hourly.Select(h => h with { Site = "(all)" }).ToList());
        }
        return (ModelInputs.From(setup, daily, visitors), read.Hourly);
    }

    /// <summary>The stored series, each in its own zone with its own calendar unless --tz/--holidays override them for this run.</summary>
    static (ModelInputs Inputs, IReadOnlyList<HourlyArrivals>? Hours) FromDatabase(
        string target, ParseResult result, ArrivalsInput input, Option<string?> holidays, bool hourly)
    {
        var zone = input.ZoneGiven(result);
        var calendar = result.GetValue(holidays);
        var overrides = new RunOverrides(zone is null ? null : CommonOptions.ResolveZone(zone), calendar is null ? null : HolidayInput.Resolve(calendar));
        if (overrides.Any)
        {
            Console.Error.WriteLine($"akutprognos: for this run only, over the stored site settings: {overrides.Describe()}");
        }
        using var database = AkutprognosDatabase.Open(target);
        var inputs = ModelInputs.Read(database, SiteSetup.Load(database, overrides));
        return (inputs, hourly ? database.HourlyArrivals() : null);
    }
}
