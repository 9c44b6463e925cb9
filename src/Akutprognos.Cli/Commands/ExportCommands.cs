using System.CommandLine;
using System.Globalization;
using System.Text;
using Akutprognos.Cli.Output;
using Akutprognos.Storage;

namespace Akutprognos.Cli.Commands;

/// <summary><c>akutprognos export arrivals|visitors</c>: what the database holds, as CSV on stdout.</summary>
static class ExportCommands
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Command Create() => new("export", "Write stored data as CSV to stdout") { Arrivals(), Visitors() };

    static Command Arrivals()
    {
        var db = CommonOptions.Database();
        var daily = new Option<bool>("--daily") { Description = "One row per site and local date (site,date,count) instead of per hour" };
        var zone = CommonOptions.TimeZone("Write local times and dates in this IANA zone instead of each site's stored zone");
        var command = new Command("arrivals", "Arrivals per site and hour (site,timestamp,count), or per day with --daily") { db, daily, zone };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var given = result.GetValue(zone) is { } z ? CommonOptions.ResolveZone(z) : null;
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var setup = Pipeline.Sites.SiteSetup.Load(database, new Pipeline.Sites.RunOverrides(given));
            var text = new StringBuilder();
            if (result.GetValue(daily))
            {
                text.Append("site,date,count\n");
                var days = setup.Sites.GroupBy(s => setup.ZoneOf(s.Name).Id)
                    .SelectMany(g => database.DailyArrivals(setup.ZoneOf(g.First().Name)).Where(d => g.Any(s => s.Name == d.Site)))
                    .OrderBy(d => d.Site, StringComparer.Ordinal).ThenBy(d => d.Date);
                foreach (var d in days)
                {
                    text.Append(Invariant, $"{Csv.Field(d.Site)},{d.Date:yyyy-MM-dd},{d.Count}\n");
                }
            }
            else
            {
                text.Append("site,timestamp,count\n");
                foreach (var h in database.HourlyArrivals())
                {
                    text.Append(Invariant, $"{Csv.Field(h.Site)},{JsonOutput.LocalTime(h.Hour, setup.ZoneOf(h.Site))},{h.Count}\n");
                }
            }
            Console.Out.Write(text);
            return 0;
        }));
        return command;
    }

    static Command Visitors()
    {
        var db = CommonOptions.Database();
        var signal = new Option<string>("--signal") { Description = "Name of the web signal", DefaultValueFactory = _ => "all" };
        var zone = CommonOptions.TimeZone();
        var command = new Command("visitors", "Hourly web visitors of a signal (hour,visitors)") { db, signal, zone };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var tz = result.GetValue(zone) is { } z ? CommonOptions.ResolveZone(z) : Pipeline.Sites.SiteSetup.Load(database).HomeZone;
            var text = new StringBuilder("hour,visitors\n");
            foreach (var h in database.Visitors(result.GetValue(signal)!))
            {
                text.Append(Invariant, $"{JsonOutput.LocalTime(h.Hour, tz)},{h.Visitors}\n");
            }
            Console.Out.Write(text);
            return 0;
        }));
        return command;
    }
}
