using System.CommandLine;
using Akutprognos.Cli.Commands;
using Akutprognos.Cli.Health;
using Akutprognos.Cli.Output;
using Akutprognos.Core.Series;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Fhir;
using Akutprognos.Ingest.Visits;
using Akutprognos.Storage;
using Akutprognos.Storage.Arrivals;
using Akutprognos.Storage.Visits;

namespace Akutprognos.Cli.Ingest;

/// <summary>
/// <c>akutprognos ingest arrivals FILE...</c>: CSV counts are read and checked first; visit files (per-visit
/// CSV with ids, FHIR) are streamed into the one transaction that stores everything, so a bad row anywhere
/// changes nothing. Then the health of the sites touched is checked and stored.
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
        VisitIdKey? key = null;
        VisitIdKey Key() => key ??= VisitIdKey.LoadOrCreate(settings.KeyFile);
        var hourly = new List<HourlyArrivals>();
        var daily = new List<DailyArrivals>();
        var streams = new List<VisitStream>();
        for (var i = 0; i < paths.Length; i++)
        {
            var path = paths[i];
            var fhir = format == "fhir" || (format == "auto" && FhirEncounterReader.LooksLikeJson(path));
            if (fhir)
            {
                streams.Add(new FhirEncounterReader(settings.Fhir, Key()).Read(path, i));
            }
            else if (VisitsCsvReader.HasVisitIds(path, settings.Csv))
            {
                streams.Add(new VisitsCsvReader(settings.Csv, Key()).Read(path, i));
            }
            else
            {
                var read = new ArrivalsCsvReader(settings.Csv).Read(path);
                Report.Read(path, read.Report);
                hourly.AddRange(read.Hourly);
                daily.AddRange(read.Daily);
            }
        }
        if (key?.Created == true)
        {
            Report.Line($"created the visit-id key file {key.Path}; keep it (mode 0600) and use it for every import into this database");
        }
        using var database = AkutprognosDatabase.Open(target);
        var batch = new ArrivalsBatch(string.Join(", ", paths.Select(Path.GetFileName)))
        {
            Hourly = hourly,
            Daily = daily,
            Visits = streams.SelectMany(s => s.Visits),
            Completeness = settings.Completeness,
        };
        ArrivalsBatchResult stored;
        try
        {
            stored = database.ImportArrivalsBatch(batch);
        }
        catch (DuplicateVisitException e)
        {
            throw Conflict(streams, e);
        }
        foreach (var stream in streams)
        {
            Report.Line($"{stream.Path}: {stream.Summary}");
            foreach (var warning in stream.Warnings.Take(10))
            {
                Report.Line($"warning: {warning}");
            }
        }
        Report.Line($"{database.Description}: {Summary(stored)}");
        HealthCheck.Run(database, [.. stored.CompleteThrough.Keys], settings.Completeness.Zone);
        return 0;
    }

    static string Summary(ArrivalsBatchResult stored)
    {
        var (counts, visits) = (stored.Counts, stored.Visits);
        var hours = new ImportResult(counts.SitesCreated + visits.SitesCreated, counts.RowsInserted + visits.Hourly.RowsInserted,
            counts.RowsChanged + visits.Hourly.RowsChanged, counts.RowsUnchanged + visits.Hourly.RowsUnchanged);
        var visitPart = visits.Read == 0 ? "" : $"; visits: {visits.Inserted} new, {visits.Corrected} corrected, {visits.Unchanged} already stored"
            + (visits.Repeats > 0 ? $", {visits.Repeats} repeated rows counted once" : "");
        var complete = stored.CompleteThrough.Select(c => $"{c.Key} {c.Value:yyyy-MM-dd}");
        return $"{IngestCommands.Summary(hours)}{visitPart}; complete through: {string.Join(", ", complete)}";
    }

    static InputException Conflict(List<VisitStream> streams, DuplicateVisitException e)
    {
        string Where(long origin, out string path, out int line)
        {
            var (file, number) = VisitStream.Locate(origin);
            var stream = streams.Single(s => s.FileIndex == file);
            (path, line) = (stream.Path, number);
            return stream.Unit == "line" ? $"{stream.Path}:{number}" : $"{stream.Path} entry {number}";
        }
        var earlier = Where(e.FirstOrigin, out _, out _);
        var later = Where(e.SecondOrigin, out var laterPath, out var laterLine);
        var unitIsLine = later.StartsWith(laterPath + ":", StringComparison.Ordinal);
        var entry = unitIsLine ? "" : $"entry {laterLine}: ";
        return new InputException(laterPath, unitIsLine ? laterLine : null,
            $"{entry}this visit id was already given at {earlier} with a different {e.Difference}; one visit cannot have two.");
    }
}
