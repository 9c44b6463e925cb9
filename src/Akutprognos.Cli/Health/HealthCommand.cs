using System.CommandLine;
using System.Text.Json;
using Akutprognos.Cli.Commands;
using Akutprognos.Cli.Output;
using Akutprognos.Storage;
using Akutprognos.Storage.Health;

namespace Akutprognos.Cli.Health;

/// <summary><c>akutprognos health</c>: check every site's stored arrivals now, store and print the findings.</summary>
static class HealthCommand
{
    // Site names keep their å, ä and ö instead of \u escapes.
    static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var zone = CommonOptions.TimeZone("Write local times in this IANA zone (default: the sites' stored zone)");
        var command = new Command("health", "Data health of the stored arrivals: gaps, level changes, late feeds, incomplete days") { db, json, zone };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var tz = result.GetValue(zone) is { } z ? CommonOptions.ResolveZone(z) : Pipeline.Sites.SiteSetup.Load(database).HomeZone;
            var findings = CheckAndStore(database);
            var complete = database.CompleteThrough();
            if (result.GetValue(json))
            {
                var document = new
                {
                    findings = findings.Select(s => new
                    {
                        site = s.Finding.Site,
                        kind = s.Finding.KindName,
                        start = JsonOutput.LocalTime(s.Finding.Start, tz),
                        end = JsonOutput.LocalTime(s.Finding.End, tz),
                        detail = s.Finding.Detail,
                        first_seen = JsonOutput.LocalTime(s.FirstSeen, tz),
                    }),
                    complete_through = complete.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                };
                Console.Out.WriteLine(JsonSerializer.Serialize(document, Readable));
                return 0;
            }
            Console.Out.WriteLine(findings.Count == 0 ? "No problems found in the stored arrivals." : $"{findings.Count} finding(s):");
            foreach (var s in findings)
            {
                var f = s.Finding;
                Console.Out.WriteLine($"  {f.Site,-24} {f.KindName,-13} {JsonOutput.LocalTime(f.Start, tz),-26} {f.Detail}");
            }
            foreach (var (site, through) in complete.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                Console.Out.WriteLine($"  {site,-24} {"complete",-13} through {through:yyyy-MM-dd}; later days are incomplete and kept out of model fitting");
            }
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Checks now and stores the findings, returning them as stored (with when each was first seen). While another
    /// process holds the write lock the findings are shown unstored, with those stored before keeping their first-seen time.
    /// </summary>
    static IReadOnlyList<StoredHealthFinding> CheckAndStore(AkutprognosDatabase database)
    {
        var (sites, findings) = Pipeline.Health.HealthCheck.Find(database, sites: null, TimeProvider.System);
        try
        {
            database.SaveHealthFindings(sites, findings);
            return database.HealthFindings();
        }
        catch (StorageException e) when (e.Locked)
        {
            Console.Error.WriteLine($"akutprognos: {e.Message} The findings shown are this check's; they were not stored.");
            var stored = database.HealthFindings();
            var now = TimeProvider.System.GetUtcNow();
            return [.. findings.Select(f => new StoredHealthFinding(f, stored.FirstOrDefault(s => s.Finding == f)?.FirstSeen ?? now))];
        }
    }
}
