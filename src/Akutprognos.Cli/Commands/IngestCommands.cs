using System.CommandLine;
using Akutprognos.Cli.Ingest;
using Akutprognos.Cli.Output;
using Akutprognos.Ingest.Analytics;
using Akutprognos.Ingest.Visitors;
using Akutprognos.Pipeline.Imports;
using Akutprognos.Pipeline.Sites;
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
        var zone = CommonOptions.TimeZone("IANA zone of local times in the file (default: the sites' stored zone)");
        var command = new Command("visitors", "Store hourly web visitors of a named signal") { file, db, signal, zone };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var path = result.GetValue(file)!;
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var tz = result.GetValue(zone) is { } z ? CommonOptions.ResolveZone(z) : SiteSetup.Load(database).HomeZone;
            var options = new VisitorsCsvOptions { Signal = result.GetValue(signal)!, TimeZone = tz };
            var (kind, hourly, report) = new AnalyticsExport(options).Read(path);
            if (report is not null)
            {
                Report.Read(path, report);
            }
            else
            {
                Report.Line($"{path}: {kind}, {hourly.Count} hours");
            }
            var stored = new VisitorsImporter(database, TimeProvider.System).ImportHourly(hourly, Path.GetFileName(path), Actor);
            Report.Line($"{database.Description}: {VisitorsImporter.Summary(stored)}");
            return 0;
        }));
        return command;
    }

    /// <summary>Who an import from the command line is audited as.</summary>
    public static string Actor => $"{Environment.UserName} (command line)";
}
