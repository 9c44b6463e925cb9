using System.CommandLine;
using Akutprognos.Core.Calendar;
using Akutprognos.Web.Schedule;
using Akutprognos.Cli.Output;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Commands;

/// <summary><c>akutprognos forecast</c>: a day's arrivals per site and for the region, per day and hour, stored and printed.</summary>
static class ForecastCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var date = CommonOptions.Date("The day to forecast (default: tomorrow, local time); a past day is forecast from the data before it");
        var json = CommonOptions.Json();
        var zone = CommonOptions.TimeZone();
        var holidays = CommonOptions.Holidays();
        var command = new Command("forecast", "Forecast a day (tomorrow unless --date) per site and for the region, store it and print it") { db, date, json, zone, holidays };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var tz = CommonOptions.ResolveZone(result.GetValue(zone)!);
            var calendar = HolidayInput.Resolve(result.GetValue(holidays)!);
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var day = result.GetValue(date) ?? Tomorrow(TimeProvider.System, tz);
            var lines = new ForecastJob(database, calendar, tz).Run(day);
            foreach (var finding in Health.HealthCheck.Suspect(database, day, tz))
            {
                Output.Report.Line($"warning: the forecast ran on suspect data: {finding.Site}: {finding.KindName}, {finding.Detail}");
            }
            if (result.GetValue(json))
            {
                ForecastWriter.WriteJson(Console.Out, day, lines, tz);
            }
            else
            {
                ForecastWriter.WriteTable(Console.Out, day, lines);
            }
            return 0;
        }));
        return command;
    }

    public static DateOnly Tomorrow(TimeProvider clock, TimeZoneInfo zone) => LocalDays.DateOf(clock.GetUtcNow(), zone).AddDays(1);
}
