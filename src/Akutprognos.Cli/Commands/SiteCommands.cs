using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Akutprognos.Core.Sites;
using Akutprognos.Storage;
using Akutprognos.Storage.Audit;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos site list|show|set</c>: the settings every command and page read for a site — display name, time zone,
/// holiday calendar, the hour its day closes and the regions it counts in — kept in the database, set once. The Settings →
/// Sites page edits the same fields; each change is one transaction with an audit line.
/// </summary>
static class SiteCommands
{
    public static Command Create() => new("site", "The sites (EDs) and their stored settings: zone, holidays, closing hour, regions")
    {
        List(),
        Show(),
        Set(),
    };

    static Command List()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("list", "Every site with its settings and how far its arrivals are complete") { db, json };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var sites = database.Sites.All();
            var complete = database.CompleteThrough();
            if (result.GetValue(json))
            {
                WriteJson(sites, complete);
                return ExitCodes.Ok;
            }
            if (sites.Count == 0)
            {
                Console.Error.WriteLine($"{database.Description} holds no sites yet: 'akutprognos ingest arrivals FILE --db … --tz ZONE --holidays CODE' creates them");
                return ExitCodes.Ok;
            }
            Console.Out.WriteLine($"  {"site",-24} {"display name",-24} {"time zone",-18} {"holidays",-9} {"closes",-6} {"regions",-16} complete through");
            foreach (var site in sites)
            {
                Console.Out.WriteLine($"  {site.Name,-24} {site.DisplayName,-24} {site.TimeZone,-18} {HolidaysOf(site),-9} {site.DayClosesAt:00}:00  {Regions(site),-16} {Through(complete, site.Name)}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    static Command Show()
    {
        var name = new Argument<string>("SITE") { Description = "The site's name as the arrivals give it" };
        var db = CommonOptions.Database();
        var command = new Command("show", "One site's settings") { name, db };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var site = Find(database, result.GetValue(name)!);
            Console.Out.WriteLine($"site:             {site.Name}");
            Console.Out.WriteLine($"display name:     {(site.DisplayName.Length > 0 ? site.DisplayName : "(none: the pages show the site's name)")}");
            Console.Out.WriteLine($"time zone:        {site.TimeZone}");
            Console.Out.WriteLine($"holidays:         {HolidaysOf(site)}");
            foreach (var (date, holiday) in site.HolidayDates.Take(50))
            {
                Console.Out.WriteLine($"                  {date:yyyy-MM-dd} {holiday}");
            }
            Console.Out.WriteLine($"day closes at:    {site.DayClosesAt:00}:00 of the next day");
            Console.Out.WriteLine($"regions:          {Regions(site)}");
            Console.Out.WriteLine($"complete through: {Through(database.CompleteThrough(), site.Name)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    static Command Set()
    {
        var name = new Argument<string>("SITE") { Description = "The site's name as the arrivals give it" };
        var db = CommonOptions.Database();
        var display = new Option<string?>("--name") { Description = $"Display name the pages and notices show (at most {SiteConfig.MaxDisplayNameLength} characters; \"\" for none)" };
        var zone = CommonOptions.TimeZone("IANA time zone of the site's clock and days, e.g. Europe/London");
        var holidays = CommonOptions.Holidays("Holiday calendar: an ISO code of the PublicHoliday library (SE, GB, …), a CSV file of dates (stored in the database), or none");
        var closes = new Option<int?>("--day-closes-at") { Description = "Local hour of the next day after which a day counts as complete (0–23)" };
        var join = new Option<string[]>("--region") { Description = "Put the site in this region (created if new); repeatable", AllowMultipleArgumentsPerToken = true };
        var leave = new Option<string[]>("--leave-region") { Description = "Take the site out of this region; repeatable", AllowMultipleArgumentsPerToken = true };
        var command = new Command("set", "Change a site's settings; the next run of every command and page reads them") { name, db, display, zone, holidays, closes, join, leave };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            var old = Find(database, result.GetValue(name)!);
            var (code, dates) = HolidayInput.Stored(result.GetValue(holidays));
            var joined = (result.GetValue(join) ?? []).Select(r => r.Trim()).ToList();
            var left = (result.GetValue(leave) ?? []).Select(r => r.Trim()).ToHashSet(StringComparer.Ordinal);
            if (joined.FirstOrDefault(left.Contains) is { } both)
            {
                throw new UsageException($"--region {both} and --leave-region {both} contradict each other");
            }
            var changed = old with
            {
                DisplayName = result.GetValue(display)?.Trim() ?? old.DisplayName,
                TimeZone = result.GetValue(zone) is { } z ? CommonOptions.ResolveZone(z).Id : old.TimeZone,
                Holidays = code ?? old.Holidays,
                HolidayDates = code is null ? old.HolidayDates : dates ?? [],
                DayClosesAt = result.GetValue(closes) ?? old.DayClosesAt,
                Regions = [.. old.Regions.Concat(joined).Where(r => !left.Contains(r)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            };
            if (changed.Problem() is { } problem)
            {
                throw new UsageException(problem);
            }
            if (changed.SameSettings(old))
            {
                Console.Error.WriteLine($"{old.Name}: nothing changed ({old.Describe()})");
                return ExitCodes.Ok;
            }
            if (old.TimeZone != changed.TimeZone)
            {
                Console.Error.WriteLine($"warning: {old.Name}'s stored hours stay as they are (UTC); its days and the next imports read {changed.TimeZone}");
            }
            var detail = $"{old.Name}: {old.Describe()} → {changed.Describe()}";
            database.Sites.Save(changed, new AuditEntry(TimeProvider.System.GetUtcNow(), IngestCommands.Actor, "site changed", detail));
            Console.Error.WriteLine(detail);
            return ExitCodes.Ok;
        }));
        return command;
    }

    static SiteConfig Find(AkutprognosDatabase database, string name) =>
        database.Sites.Find(name.Trim()) ?? throw new CommandFailure(
            $"{database.Description} has no site '{name}'" + (database.Sites.All() is { Count: > 0 } all
                ? $" (it has {string.Join(", ", all.Select(s => s.Name))})"
                : ": 'akutprognos ingest arrivals' creates sites"), ExitCodes.Unavailable);

    static string HolidaysOf(SiteConfig site) =>
        site.Holidays == HolidaySource.DatesCode ? $"{site.HolidayDates.Count} own dates" : site.Holidays;

    static string Regions(SiteConfig site) => site.Regions.Count == 0 ? "(none)" : string.Join(", ", site.Regions);

    static string Through(IReadOnlyDictionary<string, DateOnly> complete, string site) =>
        complete.TryGetValue(site, out var day) ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";

    static void WriteJson(IReadOnlyList<SiteConfig> sites, IReadOnlyDictionary<string, DateOnly> complete)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, sites, complete);
        }
        Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    static void Write(Utf8JsonWriter writer, IReadOnlyList<SiteConfig> sites, IReadOnlyDictionary<string, DateOnly> complete)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("sites");
        foreach (var site in sites)
        {
            writer.WriteStartObject();
            writer.WriteString("site", site.Name);
            writer.WriteString("displayName", site.Shown);
            writer.WriteString("timeZone", site.TimeZone);
            writer.WriteString("holidays", site.Holidays);
            writer.WriteNumber("holidayDates", site.HolidayDates.Count);
            writer.WriteNumber("dayClosesAt", site.DayClosesAt);
            writer.WriteStartArray("regions");
            foreach (var region in site.Regions)
            {
                writer.WriteStringValue(region);
            }
            writer.WriteEndArray();
            if (complete.TryGetValue(site.Name, out var day))
            {
                writer.WriteString("completeThrough", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("completeThrough");
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
