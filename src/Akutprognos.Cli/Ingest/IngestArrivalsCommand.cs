using System.CommandLine;
using Akutprognos.Cli.Commands;
using Akutprognos.Cli.Output;
using Akutprognos.Ingest.Csv;
using Akutprognos.Pipeline.Imports;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Ingest;

/// <summary>
/// <c>akutprognos ingest arrivals FILE...</c>: the pipeline's <see cref="ArrivalsImporter"/> from the command line. CSV counts
/// are read and checked first; visit files (per-visit CSV with ids, FHIR) are streamed into the one transaction that stores
/// everything, so a bad row anywhere changes nothing. Sites it creates take <c>--tz</c>, <c>--holidays</c>,
/// <c>--region</c> and <c>--day-closes-at</c> as their stored settings; then the health of the sites touched is checked.
/// </summary>
static class IngestArrivalsCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Arrivals files: CSV (counts or one row per visit) or FHIR R4 JSON/NDJSON", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var format = new Option<string>("--format") { Description = "Input format; auto tells FHIR JSON from CSV", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong("auto", "csv", "fhir");
        var options = new IngestOptions();
        var command = new Command("arrivals", "Store ED arrivals: daily or hourly counts, or visits (CSV with ids, FHIR Encounters), per site") { files, db, format };
        options.AddTo(command);
        command.SetAction(result => CommandRunner.Run(() => Run(result.GetValue(files)!, result.GetValue(db)!, result.GetValue(format)!, options.Resolve(result))));
        return command;
    }

    static int Run(string[] paths, string target, string formatFlag, IngestSettings settings)
    {
        var format = formatFlag != "auto" ? formatFlag : settings.Format ?? "auto";
        // The stored sites decide how the files' times are read, so the database is opened first; a refused file
        // must still leave no new, empty database behind.
        var isNew = AkutprognosDatabase.IsNewFile(target);
        try
        {
            using var database = AkutprognosDatabase.Open(target);
            var importer = new ArrivalsImporter(database, TimeProvider.System, new StderrNotes());
            var imported = importer.ImportFiles(new ArrivalsImportRequest(
                paths, settings.Csv, format, settings.KeyFile, settings.Sites, settings.CompleteThrough, IngestCommands.Actor));
            Report.Line($"{database.Description}: {imported.Summary}");
            return ExitCodes.Ok;
        }
        catch (InputException) when (isNew)
        {
            AkutprognosDatabase.RemoveNewFile(target);
            throw;
        }
    }

    /// <summary>The importer's notes for people, on stderr.</summary>
    sealed class StderrNotes : IImportNotes
    {
        public void Line(string message) => Report.Line(message);
    }
}
