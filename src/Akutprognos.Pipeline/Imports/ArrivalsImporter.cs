using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;
using Akutprognos.Core.Sites;
using Akutprognos.Ingest.Arrivals;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Fhir;
using Akutprognos.Ingest.Visits;
using Akutprognos.Pipeline.Health;
using Akutprognos.Storage;
using Akutprognos.Storage.Arrivals;
using Akutprognos.Storage.Audit;
using Akutprognos.Storage.Visits;

namespace Akutprognos.Pipeline.Imports;

/// <summary>
/// What a new site gets when an import creates it, as given with the import (<c>--tz</c>, <c>--holidays</c>,
/// <c>--region</c>, <c>--day-closes-at</c>); null fields take the defaults. Existing sites keep their stored settings.
/// </summary>
/// <param name="TimeZone">IANA zone of the file's local times and the sites' days.</param>
/// <param name="Holidays">A holiday code, or <see cref="HolidaySource.DatesCode"/> with <paramref name="HolidayDates"/>.</param>
/// <param name="HolidayDates">The dates of a dates calendar.</param>
/// <param name="Region">The region new sites count in; null for the default region when they fit it.</param>
/// <param name="DayClosesAt">The hour of the next day after which a day counts as complete.</param>
public sealed record SiteDefaults(
    string? TimeZone = null, string? Holidays = null, IReadOnlyList<(DateOnly Date, string Name)>? HolidayDates = null,
    string? Region = null, int? DayClosesAt = null);

/// <summary>What an arrivals import asks for.</summary>
/// <param name="Paths">The files: CSV (counts or one row per visit) or FHIR R4 JSON/NDJSON.</param>
/// <param name="Csv">How to read CSV files (columns, formats, sites); its zone is replaced by the one the import settles on.</param>
/// <param name="Format">auto, csv or fhir.</param>
/// <param name="KeyFile">The visit-id key file.</param>
/// <param name="Sites">What new sites get.</param>
/// <param name="CompleteThrough">The last complete local date of every site in the files, when the sender says so.</param>
/// <param name="Actor">Who imports, for the audit log.</param>
public sealed record ArrivalsImportRequest(
    IReadOnlyList<string> Paths, ArrivalsCsvOptions Csv, string Format, string KeyFile, SiteDefaults Sites, DateOnly? CompleteThrough, string Actor);

/// <summary>What an import stored.</summary>
/// <param name="Stored">Rows and visits stored, and the completeness marks.</param>
/// <param name="Summary">One line for people.</param>
public sealed record ImportedArrivals(ArrivalsBatchResult Stored, string Summary);

/// <summary>
/// Arrivals into the database, the same way from every door (the <c>ingest arrivals</c> command, the push API, the
/// browser's import): read and check everything first, store it in one transaction with each site's completeness
/// marked in its own zone, give new sites their settings, then check and store the health of the sites touched and
/// write an audit line. A refused input changes nothing.
/// </summary>
public sealed class ArrivalsImporter(AkutprognosDatabase database, TimeProvider clock, IImportNotes notes)
{
    /// <summary>Reads <paramref name="request"/>'s files and stores them; throws <see cref="InputException"/> on a bad file.</summary>
    public ImportedArrivals ImportFiles(ArrivalsImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = database.Sites.All();
        var zone = ZoneFor(request, configured);
        var csv = request.Csv with { TimeZone = zone, Clock = clock };
        VisitIdKey? key = null;
        VisitIdKey Key() => key ??= VisitIdKey.LoadOrCreate(request.KeyFile);
        var hourly = new List<HourlyArrivals>();
        var daily = new List<DailyArrivals>();
        var streams = new List<VisitStream>();
        for (var i = 0; i < request.Paths.Count; i++)
        {
            var path = request.Paths[i];
            var fhir = request.Format == "fhir" || (request.Format == "auto" && FhirEncounterReader.LooksLikeJson(path));
            if (fhir)
            {
                streams.Add(new FhirEncounterReader(new FhirEncounterOptions { Sites = csv.Sites, Clock = clock }, Key()).Read(path, i));
            }
            else if (VisitsCsvReader.HasVisitIds(path, csv))
            {
                streams.Add(new VisitsCsvReader(csv, Key()).Read(path, i));
            }
            else
            {
                var read = new ArrivalsCsvReader(csv).Read(path);
                Read(path, read.Report);
                hourly.AddRange(read.Hourly);
                daily.AddRange(read.Daily);
            }
        }
        if (key?.Created == true)
        {
            notes.Line($"created the visit-id key file {key.Path}; keep it (mode 0600) and use it for every import into this database");
        }
        var source = string.Join(", ", request.Paths.Select(Path.GetFileName));
        CheckZones(request.Paths[0], configured, hourly.Select(h => h.Site).Concat(daily.Select(d => d.Site)), zone);
        var batch = new ArrivalsBatch(source)
        {
            Hourly = hourly,
            Daily = daily,
            Visits = streams.SelectMany(s => s.Visits),
            CompletenessBySite = CompletenessRule(configured, request.Sites, zone, request.CompleteThrough),
            NewSite = NewSiteRule(configured, request.Sites, zone),
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
            notes.Line($"{stream.Path}: {stream.Summary}");
            foreach (var warning in stream.Warnings.Take(10))
            {
                notes.Line($"warning: {warning}");
            }
        }
        return Finish(stored, source, request.Actor, request.Sites, configured);
    }

    /// <summary>
    /// Stores hourly rows pushed by a machine (the API), with the same completeness, site settings, health check and
    /// audit line as a file; new sites get the defaults.
    /// </summary>
    public ImportedArrivals ImportRows(IReadOnlyCollection<HourlyArrivals> rows, string source, string actor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var configured = database.Sites.All();
        var defaults = new SiteDefaults();
        var zone = SharedZone(configured) ?? LocalDays.Stockholm;
        var stored = database.ImportArrivalsBatch(new ArrivalsBatch(source)
        {
            Hourly = rows,
            CompletenessBySite = CompletenessRule(configured, defaults, zone, null),
            NewSite = NewSiteRule(configured, defaults, zone),
        });
        return Finish(stored, source, actor, defaults, configured);
    }

    ImportedArrivals Finish(ArrivalsBatchResult stored, string source, string actor, SiteDefaults given, IReadOnlyList<SiteConfig> before)
    {
        foreach (var site in stored.Created)
        {
            notes.Line($"new site {site.Name}: {site.Describe()}");
        }
        var known = before.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var name in stored.CompleteThrough.Keys.Where(known.ContainsKey))
        {
            var site = known[name];
            if (given.Holidays is { } holidays && HolidaySource.Normalise(holidays) is { } code && code != site.Holidays)
            {
                notes.Line($"warning: {name} keeps its holidays {site.Holidays}; 'akutprognos site set {name} --holidays {holidays}' changes them");
            }
            if (given.Region is { } region && !site.Regions.Contains(region, StringComparer.Ordinal))
            {
                notes.Line($"warning: {name} is not in the region {region}; 'akutprognos site set {name} --region {region}' puts it there");
            }
        }
        var summary = Summary(stored);
        database.Audit(new AuditEntry(clock.GetUtcNow(), actor, "arrivals imported", $"{source}: {summary}"));
        HealthCheck.Run(database, [.. stored.CompleteThrough.Keys], clock, notes);
        return new ImportedArrivals(stored, summary);
    }

    /// <summary>
    /// The zone the files' local times are read in: the one given (flag or profile), else the one every configured site
    /// shares, else Stockholm's.
    /// </summary>
    static TimeZoneInfo ZoneFor(ArrivalsImportRequest request, IReadOnlyList<SiteConfig> configured)
    {
        if (request.Sites.TimeZone is { } id)
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var given)
                ? given
                : throw new InputException(request.Paths[0], null, $"unknown time zone '{id}' (use an IANA name such as Europe/Stockholm)");
        }
        return SharedZone(configured) ?? LocalDays.Stockholm;
    }

    static TimeZoneInfo? SharedZone(IReadOnlyList<SiteConfig> configured) =>
        configured.Select(s => s.TimeZone).Distinct().ToList() is [var only] && TimeZoneInfo.TryFindSystemTimeZoneById(only, out var zone) ? zone : null;

    /// <summary>A site already stored keeps its clock: times read in another zone would shift its days.</summary>
    static void CheckZones(string file, IReadOnlyList<SiteConfig> configured, IEnumerable<string> sites, TimeZoneInfo zone)
    {
        var known = configured.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var site in sites.Select(s => s.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (known.TryGetValue(site, out var config) && config.TimeZone != zone.Id)
            {
                throw new InputException(file, null,
                    $"{site} keeps its times in {config.TimeZone}, but this import reads them in {zone.Id}: give --tz {config.TimeZone}, or change the site first with 'akutprognos site set {site} --tz …'");
            }
        }
    }

    static Func<string, FeedCompleteness> CompletenessRule(IReadOnlyList<SiteConfig> configured, SiteDefaults given, TimeZoneInfo zone, DateOnly? completeThrough)
    {
        var known = configured.ToDictionary(s => s.Name, StringComparer.Ordinal);
        return site => known.TryGetValue(site, out var config)
            ? new FeedCompleteness(config.Zone) { CompleteThrough = completeThrough, DayClosesAtHour = given.DayClosesAt ?? config.DayClosesAt }
            : new FeedCompleteness(zone) { CompleteThrough = completeThrough, DayClosesAtHour = given.DayClosesAt ?? SiteConfig.DefaultDayClosesAt };
    }

    /// <summary>
    /// The settings of a site the import creates: the import's zone and the given holidays and closing hour; the given
    /// region, else the default region when the site fits it (its sites keep the same zone and calendar, or it has none).
    /// </summary>
    Func<string, SiteConfig> NewSiteRule(IReadOnlyList<SiteConfig> configured, SiteDefaults given, TimeZoneInfo zone)
    {
        var holidays = given.Holidays is null ? HolidayCalendars.DefaultCode : HolidaySource.Normalise(given.Holidays) ?? given.Holidays;
        var home = configured.Where(s => s.In(SeriesId.TheRegion)).ToList();
        var fits = home.All(s => s.TimeZone == zone.Id && s.Holidays == holidays);
        return name =>
        {
            var regions = given.Region is { } region ? [region] : fits ? new[] { SeriesId.DefaultRegion } : [];
            if (regions.Length == 0)
            {
                notes.Line($"{name} is in no region: the region's sites keep another zone or calendar; 'akutprognos site set {name} --region NAME' adds it to one");
            }
            return new SiteConfig(name)
            {
                TimeZone = zone.Id,
                Holidays = holidays,
                HolidayDates = holidays == HolidaySource.DatesCode ? given.HolidayDates ?? [] : [],
                DayClosesAt = given.DayClosesAt ?? SiteConfig.DefaultDayClosesAt,
                Regions = regions,
            };
        };
    }

    void Read(string path, ReadReport report)
    {
        foreach (var line in ReadNotes.Lines(path, report))
        {
            notes.Line(line);
        }
    }

    /// <summary>One line: rows added, changed and already stored, visits, and how far each site is complete.</summary>
    public static string Summary(ArrivalsBatchResult stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var (counts, visits) = (stored.Counts, stored.Visits);
        var hours = new ImportResult(counts.SitesCreated + visits.SitesCreated, counts.RowsInserted + visits.Hourly.RowsInserted,
            counts.RowsChanged + visits.Hourly.RowsChanged, counts.RowsUnchanged + visits.Hourly.RowsUnchanged);
        var visitPart = visits.Read == 0 ? "" : $"; visits: {visits.Inserted} new, {visits.Corrected} corrected, {visits.Unchanged} already stored"
            + (visits.Repeats > 0 ? $", {visits.Repeats} repeated rows counted once" : "");
        var complete = stored.CompleteThrough.Select(c => $"{c.Key} {c.Value:yyyy-MM-dd}");
        return $"{VisitorsImporter.Summary(hours)}{visitPart}; complete through: {string.Join(", ", complete)}";
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
