using System.CommandLine;
using Akutprognos.Cli.Commands;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Pipeline.Imports;

namespace Akutprognos.Cli.Ingest;

/// <summary>Everything <c>ingest arrivals</c> needs to read and mark its files, from flags over a profile.</summary>
sealed record IngestSettings(ArrivalsCsvOptions Csv, string? Format, string KeyFile, SiteDefaults Sites, DateOnly? CompleteThrough);

/// <summary>The flags of <c>ingest arrivals</c> beyond the shared column mapping.</summary>
sealed class IngestOptions
{
    readonly ArrivalsInput columns = new();
    readonly Option<string?> profile = new("--profile") { Description = "Import profile: a JSON file, or NAME for ~/.config/akutprognos/profiles/NAME.json" };
    readonly Option<string?> triageColumn = new("--triage-column") { Description = "Column with the triage level (per-visit files)" };
    readonly Option<string?> ageBandColumn = new("--age-band-column") { Description = "Column with the age band (per-visit files)" };
    readonly Option<string?> timeFormat = new("--time-format") { Description = "How arrival times are written when not ISO or dd.mm.yyyy: 'excel' (serial dates) or a format such as yyyy/MM/dd HH:mm" };
    readonly Option<bool> onlyKnownSites = new("--only-known-sites") { Description = "Refuse sites that the profile does not list (as a site or an alias)" };
    readonly Option<DateOnly?> completeThrough = new("--complete-through") { Description = "The last local date whose export is complete, for every site in the files" };
    readonly Option<int?> dayClosesAt = new("--day-closes-at") { Description = "Local hour of the next day after which a day's export counts as complete (default 6)" };
    readonly Option<string?> keyFile = KeyFileOption.Create();
    readonly Option<string?> holidays = CommonOptions.Holidays("Holiday calendar of sites this import creates: SE (default), an ISO country code (GB, US, …), a CSV file of dates, or none; stored with the site");
    readonly Option<string?> region = new("--region") { Description = "Region that sites this import creates count in (created if new); default: the region every database has, when they fit it" };

    public void AddTo(Command command)
    {
        columns.AddTo(command);
        foreach (var option in new Option[] { profile, triageColumn, ageBandColumn, timeFormat, onlyKnownSites, completeThrough, dayClosesAt, keyFile, holidays, region })
        {
            command.Options.Add(option);
        }
    }

    public IngestSettings Resolve(ParseResult result)
    {
        var saved = result.GetValue(profile) is { } name ? ImportProfile.Load(name) : new ImportProfile();
        var flags = columns.Options(result, defaultSite: null);
        // --tz wins over a profile's zone; without either the importer takes the sites' stored zone.
        var zone = columns.ZoneGiven(result) ?? saved.TimeZone;
        if (zone is not null)
        {
            CommonOptions.ResolveZone(zone);
        }
        var sites = saved.SiteDirectory();
        if (result.GetValue(onlyKnownSites) && !sites.OnlyKnown)
        {
            sites = new SiteDirectory(saved.Sites.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value), onlyKnown: true);
        }
        if (sites.OnlyKnown && sites.Sites.Count == 0)
        {
            throw new UsageException("--only-known-sites needs a profile that lists the sites (\"sites\": {\"Name\": [\"alias\", …]})");
        }
        var csv = flags with
        {
            TimeColumn = flags.TimeColumn ?? saved.TimeColumn,
            CountColumn = flags.CountColumn ?? saved.CountColumn,
            DateColumn = flags.DateColumn ?? saved.DateColumn,
            SiteColumn = flags.SiteColumn ?? saved.SiteColumn,
            IdColumn = flags.IdColumn ?? saved.IdColumn,
            TriageColumn = result.GetValue(triageColumn) ?? saved.TriageColumn,
            AgeBandColumn = result.GetValue(ageBandColumn) ?? saved.AgeBandColumn,
            TimeFormat = result.GetValue(timeFormat) ?? saved.TimeFormat,
            Sites = sites,
        };
        var hour = result.GetValue(dayClosesAt) ?? saved.DayClosesAtHour;
        if (hour is < 0 or > 23)
        {
            throw new UsageException($"--day-closes-at must be an hour from 0 to 23, not {hour}");
        }
        var (code, dates) = HolidayInput.Stored(result.GetValue(holidays));
        if (result.GetValue(region) is { } r && !Core.Sites.RegionConfig.IsValidCode(r.Trim()))
        {
            throw new UsageException($"--region '{r}' is not a region code ({Core.Sites.RegionConfig.CodeRule})");
        }
        var defaults = new SiteDefaults(zone, code, dates, result.GetValue(region)?.Trim(), hour);
        return new IngestSettings(csv, saved.Format, KeyFileOption.Resolve(result.GetValue(keyFile)), defaults, result.GetValue(completeThrough));
    }
}
