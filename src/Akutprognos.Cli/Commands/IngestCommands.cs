using System.CommandLine;
using Akutprognos.Cli.Ingest;
using Akutprognos.Cli.Output;
using Akutprognos.Ingest.Analytics;
using Akutprognos.Ingest.Visitors;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos ingest arrivals|visitors</c>: read files, check all of them, then store everything in one
/// transaction. A file that fails changes nothing; the same files twice leave the database as after the first time.
/// </summary>
static class IngestCommands
{
    public static Command Create() => new("ingest", "Store arrivals or web visitors in the database") { IngestArrivalsCommand.Create(), Visitors(), WeblogIngestCommand.Create() };

    static Command Visitors()
    {
        var file = new Argument<string>("FILE") { Description = "Hourly visitors: hour,visitors or timestamp,visitors CSV, Matomo API JSON or CSV, or a Google Analytics 4 CSV export" };
        var db = CommonOptions.Database();
        var signal = new Option<string>("--signal") { Description = "Name of the web signal", DefaultValueFactory = _ => "all" };
        var zone = CommonOptions.TimeZone();
        var command = new Command("visitors", "Store hourly web visitors of a named signal") { file, db, signal, zone };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var path = result.GetValue(file)!;
            var options = new VisitorsCsvOptions { Signal = result.GetValue(signal)!, TimeZone = CommonOptions.ResolveZone(result.GetValue(zone)!) };
            var (kind, hourly, report) = new AnalyticsExport(options).Read(path);
            if (report is not null)
            {
                Report.Read(path, report);
            }
            else
            {
                Report.Line($"{path}: {kind}, {hourly.Count} hours");
            }
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var stored = database.ImportVisitors(hourly, Path.GetFileName(path));
            Report.Line($"{database.Description}: {Summary(stored)}");
            return 0;
        }));
        return command;
    }

    public static string Summary(ImportResult stored)
    {
        var sites = stored.SitesCreated > 0 ? $"{stored.SitesCreated} new sites, " : "";
        return $"{sites}{stored.RowsInserted} rows added, {stored.RowsChanged} changed, {stored.RowsUnchanged} already stored";
    }
}
