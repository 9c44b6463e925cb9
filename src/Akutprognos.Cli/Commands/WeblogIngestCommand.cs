using System.CommandLine;
using Akutprognos.Cli.Output;
using Akutprognos.Ingest.Weblogs;
using Akutprognos.Pipeline.Imports;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos ingest weblog LOG… --db FILE [--signal NAME]</c>: visitors per hour from access logs into the
/// database, merged with what earlier runs stored for the same hours (other servers, other files) through
/// per-hour sketches. Visitors are hashed with the key in the key file, so that the same visitor on the same
/// day hashes alike in every run; the key never reaches the database.
/// </summary>
static class WeblogIngestCommand
{
    public static Command Create()
    {
        var input = new WeblogInput();
        var db = CommonOptions.Database();
        var signal = new Option<string>("--signal") { Description = "Name of the signal of all pages", DefaultValueFactory = _ => "all" };
        var keyFile = new Option<string>("--key-file") { Description = "The secret visitor key file (created, mode 0600, if missing); default $AKUTPROGNOS_KEY_FILE or ~/.config/akutprognos/visitor.key" };
        var command = new Command("weblog", "Store hourly visitors from web server access logs, merged with earlier runs") { db, signal, keyFile };
        input.AddTo(command);
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var key = VisitorKey.LoadOrCreate(result.GetValue(keyFile) ?? VisitorKey.DefaultPath());
            var progress = new ScanProgress();
            var primary = result.GetValue(signal)!.Trim();
            var options = input.Options(result, primary, key, progress);
            WeblogResult read;
            using (new ProgressBar(progress))
            {
                read = new WeblogReader(options).Read(input.Logs(result));
            }
            WeblogReport.Write(read, primary);
            read.EnsureUsable();
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var stored = new VisitorsImporter(database, TimeProvider.System)
                .ImportSketches(read.Sketches(), string.Join(", ", input.Logs(result).Select(Path.GetFileName)), IngestCommands.Actor);
            Report.Line($"{database.Description}: {VisitorsImporter.Summary(stored)}");
            return 0;
        }));
        return command;
    }
}
