using System.CommandLine;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Pipeline.Staffing;
using Akutprognos.Cli.Output;
using Akutprognos.Core.Staffing;
using Akutprognos.Ingest.Staffing;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos staffing</c>: the day's staffing plan from the stored forecast — hourly requirements per site
/// and role, the optimal shifts, and the changes to the stored roster — stored and printed.
/// </summary>
static class StaffingCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var date = CommonOptions.Date("The day to plan (default: tomorrow, local time); its forecast must be stored");
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Write CSV (site,role,hour,…) to stdout instead of a table" };
        var config = new Option<string?>("--config") { Description = "Staffing configuration (JSON) to check, store in the database and use" };
        var quantile = new Option<string?>("--quantile") { Description = "Staff to this point of the forecast for this run: mean, p80 or p90" };
        var command = new Command("staffing", "Plan staff per site, role and hour from the stored forecast, against the stored roster")
        {
            db, date, json, csv, config, quantile, ShowConfig(),
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var file = result.GetValue(config);
            var fromFile = file is null ? null : StaffingConfigJson.ReadFile(file);
            var risk = Quantile(result.GetValue(quantile));
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var setup = SiteSetup.Load(database);
            var tz = setup.HomeZone;
            var job = new StaffingRun(database, setup);
            var configuration = fromFile ?? job.StoredConfiguration();
            var day = result.GetValue(date) ?? ForecastCommand.Tomorrow(TimeProvider.System, tz);
            var made = job.Run(day, risk is { } q ? configuration.WithQuantile(q) : configuration);
            if (made.Value is not { } plan)
            {
                return CommandRunner.Fail(made.Reason!, ExitCodes.Unavailable);
            }
            if (fromFile is not null)
            {
                database.SaveStaffingConfiguration(StaffingConfigJson.Write(fromFile));
                Report.Line($"{file}: staffing configuration stored in {database.Description}");
            }
            if (result.GetValue(json))
            {
                StaffingWriter.WriteJson(Console.Out, plan, tz);
            }
            else if (result.GetValue(csv))
            {
                StaffingWriter.WriteCsv(Console.Out, plan, tz);
            }
            else
            {
                StaffingWriter.WriteTable(Console.Out, plan, tz);
            }
            return 0;
        }));
        return command;
    }

    static Command ShowConfig()
    {
        var db = CommonOptions.Database();
        var command = new Command("config", "Print the staffing configuration in use (stored, else the default) as JSON to edit") { db };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            Console.Out.WriteLine(StaffingConfigJson.Write(new StaffingRun(database, SiteSetup.Load(database)).StoredConfiguration()));
            return 0;
        }));
        return command;
    }

    static ForecastQuantile? Quantile(string? text) => text is null
        ? null
        : ForecastQuantiles.TryParse(text, out var q) ? q : throw new UsageException($"--quantile: '{text}' is not one of mean, p80, p90");
}
