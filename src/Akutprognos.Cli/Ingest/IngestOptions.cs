using System.CommandLine;
using Akutprognos.Cli.Commands;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Fhir;
using Akutprognos.Storage.Arrivals;

namespace Akutprognos.Cli.Ingest;

/// <summary>Everything <c>ingest arrivals</c> needs to read and mark its files, from flags over a profile.</summary>
sealed record IngestSettings(ArrivalsCsvOptions Csv, FhirEncounterOptions Fhir, string? Format, string KeyFile, FeedCompleteness Completeness);

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

    public void AddTo(Command command)
    {
        columns.AddTo(command);
        foreach (var option in new Option[] { profile, triageColumn, ageBandColumn, timeFormat, onlyKnownSites, completeThrough, dayClosesAt, keyFile })
        {
            command.Options.Add(option);
        }
    }

    public IngestSettings Resolve(ParseResult result)
    {
        var saved = result.GetValue(profile) is { } name ? ImportProfile.Load(name) : new ImportProfile();
        var flags = columns.Options(result, defaultSite: null);
        // --tz defaults to Stockholm; a profile's zone replaces only that default.
        var zone = saved.TimeZone is { } savedZone && flags.TimeZone.Id == "Europe/Stockholm" ? CommonOptions.ResolveZone(savedZone) : flags.TimeZone;
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
            TimeZone = zone,
            Sites = sites,
        };
        var hour = result.GetValue(dayClosesAt) ?? saved.DayClosesAtHour ?? 6;
        if (hour is < 0 or > 23)
        {
            throw new UsageException($"--day-closes-at must be an hour from 0 to 23, not {hour}");
        }
        var completeness = new FeedCompleteness(zone) { CompleteThrough = result.GetValue(completeThrough), DayClosesAtHour = hour };
        return new IngestSettings(csv, new FhirEncounterOptions { Sites = sites }, saved.Format, KeyFileOption.Resolve(result.GetValue(keyFile)), completeness);
    }
}
