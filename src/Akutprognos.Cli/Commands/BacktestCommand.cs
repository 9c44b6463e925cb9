using System.CommandLine;
using Akutprognos.Cli.Output;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Visitors;

namespace Akutprognos.Cli.Commands;

/// <summary><c>akutprognos backtest</c>: one-day-ahead rolling-origin accuracy of every model (evaluation.md §1).</summary>
static class BacktestCommand
{
    public static Command Create()
    {
        var arrivals = new Option<string>("--arrivals") { Description = "Arrivals CSV: date,count | timestamp,count | arrival[,id], optionally with site", Required = true };
        var signal = new Option<string?>("--signal") { Description = "Hourly web visitors CSV: hour,visitors or timestamp,visitors" };
        var testDays = new Option<int>("--test-days") { Description = "Length of the test period: the last N days", DefaultValueFactory = _ => 365 };
        var json = CommonOptions.Json();
        var forecastsOut = new Option<string?>("--forecasts-out") { Description = "Write the selected model's test forecasts to this CSV" };
        var holidays = CommonOptions.Holidays();
        var plot = new Option<string?>("--plot") { Description = "Draw the region's (or the single series') test forecasts against the actuals with bands: FILE.svg or FILE.png" };
        var hourly = new Option<bool>("--hourly") { Description = "Also score the selected forecasts split into hours (hourly or per-visit input)" };
        var nowcast = new Option<bool>("--nowcast") { Description = "Also score forecasts issued at 18:00, 20:00, 22:00 and 24:00 the evening before (needs --signal)" };
        var input = new ArrivalsInput();
        var command = new Command("backtest", "Score every model one day ahead over the last N days; pick the production model on the days before")
        {
            arrivals, signal, testDays, json, forecastsOut, holidays, plot, hourly, nowcast,
        };
        input.AddTo(command);
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var days = result.GetValue(testDays);
            if (days < 7)
            {
                throw new UsageException("--test-days must be at least 7");
            }
            var zone = input.Zone(result);
            var calendar = HolidayInput.Resolve(result.GetValue(holidays)!);
            var read = new ArrivalsCsvReader(input.Options(result, DayForecast.RegionSeries)).Read(result.GetValue(arrivals)!);
            Report.Read(result.GetValue(arrivals)!, read.Report);
            var evenings = LoadSignal(result.GetValue(signal), zone, input.IgnoreOffset(result));
            var options = new BacktestOptions(TestDays: days);
            var withNowcast = result.GetValue(nowcast);
            if (withNowcast && evenings is null)
            {
                throw new UsageException("--nowcast needs --signal: the forecasts issued through the evening read the evening's web visitors");
            }
            var runs = RegionSeries.Build(read.Hourly, read.Daily, zone)
                .AsParallel().AsOrdered()
                .Select(series => Run(series, calendar, evenings, options, withNowcast))
                .ToList();
            var results = runs.Select(r => r.Result).ToList();
            var reconciled = Reconciliation.Score(results);
            var hours = result.GetValue(hourly) ? read.Hourly : null;
            var reports = runs.Select(r => new BacktestReport(
                r.Result,
                reconciled.GetValueOrDefault(r.Result.Series),
                hours is null ? null : HourlyBacktest.Score(SeriesHours(hours, r.Result.Series), zone, r.Result.SelectedForecasts),
                r.Nowcast)).ToList();
            if (result.GetValue(forecastsOut) is { } path)
            {
                BacktestWriter.WriteForecasts(path, results);
            }
            if (result.GetValue(plot) is { } plotPath)
            {
                BacktestPlot.Write(plotPath, results.FirstOrDefault(r => r.Series == DayForecast.RegionSeries) ?? results[0]);
            }
            if (result.GetValue(json))
            {
                BacktestWriter.WriteJson(Console.Out, reports);
            }
            else
            {
                BacktestWriter.WriteTable(Console.Out, reports);
            }
            return 0;
        }));
        return command;
    }

    static IEnumerable<HourlyArrivals> SeriesHours(IReadOnlyList<HourlyArrivals> hours, string series) =>
        series == DayForecast.RegionSeries ? hours : hours.Where(h => h.Site == series);

    static (SeriesBacktest Result, IReadOnlyList<NowcastAccuracy> Nowcast) Run(
        DailySeries series, IHolidayCalendar calendar, EveningSignal? evenings, BacktestOptions options, bool nowcast)
    {
        try
        {
            var context = new ForecastContext(series, calendar, evenings);
            var result = Backtest.Run(context, ModelCatalog.All, options);
            var testStart = context.ActualLength - result.TestDays;
            return (result, nowcast ? NowcastBacktest.Run(context, testStart, context.ActualLength, options.RefitDays) : []);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    static EveningSignal? LoadSignal(string? path, TimeZoneInfo zone, bool ignoreOffset)
    {
        if (path is null)
        {
            return null;
        }
        var read = new VisitorsCsvReader(new VisitorsCsvOptions { TimeZone = zone, IgnoreOffset = ignoreOffset }).Read(path);
        Report.Read(path, read.Report);
        return EveningSignal.FromHours(read.Hourly, zone);
    }
}
