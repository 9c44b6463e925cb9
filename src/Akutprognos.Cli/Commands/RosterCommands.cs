using System.CommandLine;
using Akutprognos.Cli.Output;
using Akutprognos.Ingest.Staffing;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos roster import</c>: store a planned roster (CSV site,role,start,end,count). Every line is checked
/// before anything is stored; sites must have arrivals in the database and roles must be configured.
/// </summary>
static class RosterCommands
{
    public static Command Create() => new("roster", "Planned rosters to staff against") { Import() };

    static Command Import()
    {
        var file = new Argument<string>("FILE") { Description = "Roster CSV: site,role,start,end,count (local times unless an offset is written)" };
        var db = CommonOptions.Database();
        var zone = CommonOptions.TimeZone("IANA zone of the roster's local times (default: the sites' stored zone)");
        var command = new Command("import", "Store a planned roster; it replaces the stored lines of the same sites and start dates") { file, db, zone };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var path = result.GetValue(file)!;
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var setup = Pipeline.Sites.SiteSetup.Load(database);
            var tz = result.GetValue(zone) is { } z ? CommonOptions.ResolveZone(z) : setup.HomeZone;
            var sites = setup.Sites.Select(s => s.Name).ToList();
            var roles = new Pipeline.Staffing.StaffingRun(database, setup).StoredConfiguration().Roles.Select(r => r.Role).ToList();
            var read = new RosterCsvReader(sites, roles, tz).Read(path);
            Report.Read(path, read.Report);
            var stored = database.ImportRoster(read.Lines, tz, Path.GetFileName(path));
            Report.Line($"{database.Description}: {stored.LinesStored} roster lines stored, {stored.LinesReplaced} earlier lines replaced");
            return 0;
        }));
        return command;
    }
}
