using System.CommandLine;
using Akutprognos.Cli.Output;
using Akutprognos.Core.Calendar;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Pipeline.Health;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;
using Akutprognos.Storage.Runs;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos forecast</c>: a day's arrivals per site and region, per day and hour, stored and printed — the pipeline's
/// <see cref="NightlyForecast"/>, as the web schedule runs it. A series that cannot be forecast is named with its reason.
/// </summary>
static class ForecastCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var date = CommonOptions.Date("The day to forecast (default: tomorrow, local time); a past day is forecast from the data before it");
        var json = CommonOptions.Json();
        var zone = CommonOptions.ZoneOverride();
        var holidays = CommonOptions.HolidaysOverride();
        var command = new Command("forecast", "Forecast a day (tomorrow unless --date) per site and region, store it and print it") { db, date, json, zone, holidays };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var overrides = CommonOptions.Overrides(result, zone, holidays);
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var setup = SiteSetup.Load(database, overrides);
            var day = result.GetValue(date) ?? Tomorrow(TimeProvider.System, setup.HomeZone);
            var run = new NightlyForecast(database, setup).Run(day);
            return Report(run, setup, result.GetValue(json), database);
        }));
        return command;
    }

    /// <summary>Prints what <paramref name="run"/> made (stdout) and what it skipped (stderr); returns the exit code of its outcome.</summary>
    public static int Report(ForecastRun run, SiteSetup setup, bool json, AkutprognosDatabase database)
    {
        foreach (var skipped in run.Skipped)
        {
            Console.Error.WriteLine($"akutprognos: {skipped.Reason}");
        }
        if (run.Lines.Count == 0)
        {
            return ExitCodes.Unavailable;
        }
        foreach (var finding in HealthCheck.Suspect(database, run.Date, setup.HomeZone))
        {
            Output.Report.Line($"warning: the forecast ran on suspect data: {finding.Site}: {finding.KindName}, {finding.Detail}");
        }
        if (json)
        {
            ForecastWriter.WriteJson(Console.Out, run, setup);
        }
        else
        {
            ForecastWriter.WriteTable(Console.Out, run.Date, run.Lines);
        }
        return run.Outcome == RunOutcomes.Partial ? ExitCodes.Partial : ExitCodes.Ok;
    }

    public static DateOnly Tomorrow(TimeProvider clock, TimeZoneInfo zone) => LocalDays.DateOf(clock.GetUtcNow(), zone).AddDays(1);
}
