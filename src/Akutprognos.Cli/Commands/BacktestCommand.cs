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
        var input = new ArrivalsInput();
        var command = new Command("backtest", "Score every model one day ahead over the last N days; pick the production model on the days before") { arrivals, signal, testDays, json, forecastsOut, holidays };
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
            var results = RegionSeries.Build(read.Hourly, read.Daily, zone)
                .AsParallel().AsOrdered()
                .Select(series => Run(series, calendar, evenings, options))
                .ToList();
            if (result.GetValue(forecastsOut) is { } path)
            {
                BacktestWriter.WriteForecasts(path, results);
            }
            if (result.GetValue(json))
            {
                BacktestWriter.WriteJson(Console.Out, results);
            }
            else
            {
                BacktestWriter.WriteTable(Console.Out, results);
            }
            return 0;
        }));
        return command;
    }

    static SeriesBacktest Run(DailySeries series, IHolidayCalendar calendar, EveningSignal? evenings, BacktestOptions options)
    {
        try
        {
            return Backtest.Run(new ForecastContext(series, calendar, evenings), ModelCatalog.All, options);
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
