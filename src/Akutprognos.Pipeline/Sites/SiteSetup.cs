using Akutprognos.Core.Calendar;
using Akutprognos.Core.Series;
using Akutprognos.Core.Sites;
using Akutprognos.Storage;

namespace Akutprognos.Pipeline.Sites;

/// <summary>
/// A time zone and a holiday calendar given for one run only (<c>--tz</c>, <c>--holidays</c> on <c>forecast</c>,
/// <c>serve</c> and <c>backtest --db</c>), over what the sites have stored.
/// </summary>
/// <param name="Zone">The zone every series uses this run, or null for each site's own.</param>
/// <param name="Holidays">The calendar every series uses this run, or null for each site's own.</param>
public sealed record RunOverrides(TimeZoneInfo? Zone = null, IHolidayCalendar? Holidays = null)
{
    /// <summary>No override: each site's stored settings.</summary>
    public static RunOverrides None { get; } = new();

    /// <summary>Whether anything is overridden.</summary>
    public bool Any => Zone is not null || Holidays is not null;

    /// <summary>What is overridden, for the line a host prints ("for this run only: zone Europe/London").</summary>
    public string Describe() => string.Join(", ", new[]
    {
        Zone is null ? null : $"time zone {Zone.Id}",
        Holidays is null ? null : $"holidays {Holidays.Name}",
    }.OfType<string>());
}

/// <summary>
/// The sites and regions as configured in the database, with a run's overrides laid over them: the zone and calendar of
/// every series, the name people read, and which sites each region sums. Read once per run.
/// </summary>
public sealed class SiteSetup
{
    readonly Dictionary<string, SiteConfig> byName;

    SiteSetup(IReadOnlyList<SiteConfig> sites, IReadOnlyList<RegionConfig> regions, RunOverrides overrides)
    {
        Sites = sites;
        Regions = regions;
        Overrides = overrides;
        byName = sites.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    /// <summary>Every configured site, by name.</summary>
    public IReadOnlyList<SiteConfig> Sites { get; }

    /// <summary>Every region, the default one first.</summary>
    public IReadOnlyList<RegionConfig> Regions { get; }

    /// <summary>What this run overrides.</summary>
    public RunOverrides Overrides { get; }

    /// <summary>Reads the configuration of <paramref name="database"/>.</summary>
    public static SiteSetup Load(AkutprognosDatabase database, RunOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var store = database.Sites;
        return new SiteSetup(store.All(), store.Regions(), overrides ?? RunOverrides.None);
    }

    /// <summary>A setup of the given sites and regions (for tests and for files that have no database).</summary>
    public static SiteSetup Of(IReadOnlyList<SiteConfig> sites, IReadOnlyList<RegionConfig> regions, RunOverrides? overrides = null) =>
        new(sites, regions, overrides ?? RunOverrides.None);

    /// <summary>The site's configuration, or the defaults for a site the database does not know.</summary>
    public SiteConfig Site(string name) => byName.GetValueOrDefault(name) ?? new SiteConfig(name);

    /// <summary>The zone the site's days are counted in this run.</summary>
    public TimeZoneInfo ZoneOf(string site) => Overrides.Zone ?? Site(site).Zone;

    /// <summary>The holiday calendar of the site this run.</summary>
    public IHolidayCalendar CalendarOf(string site) => Overrides.Holidays ?? Site(site).Calendar;

    /// <summary>The sites that count in <paramref name="region"/>.</summary>
    public IReadOnlyList<string> Members(SeriesId region) => [.. Sites.Where(s => s.In(region)).Select(s => s.Name)];

    /// <summary>Whether more than one region is configured (outputs then name the region beside <c>series: "total"</c>).</summary>
    public bool SeveralRegions => Regions.Count > 1;

    /// <summary>
    /// The zone and calendar of <paramref name="region"/>: those its sites share. Null, with the reason, when its sites
    /// keep different zones or calendars (a region's day must be one day for all of them).
    /// </summary>
    public (TimeZoneInfo Zone, IHolidayCalendar Calendar)? RegionSettings(SeriesId region, out string? problem)
    {
        var members = Sites.Where(s => s.In(region)).ToList();
        problem = null;
        if (members.Count == 0)
        {
            problem = $"{Shown(region)}: no site counts in it";
            return null;
        }
        if (Overrides.Zone is null && members.Select(s => s.TimeZone).Distinct().Count() > 1)
        {
            problem = $"{Shown(region)}: its sites keep different time zones ({Listing(members, s => s.TimeZone)}): give them one with 'akutprognos site set', or take one out of the region";
            return null;
        }
        if (Overrides.Holidays is null && members.Select(s => CalendarKey(s)).Distinct().Count() > 1)
        {
            problem = $"{Shown(region)}: its sites keep different holiday calendars ({Listing(members, s => s.Holidays)}): give them one with 'akutprognos site set', or take one out of the region";
            return null;
        }
        return (ZoneOf(members[0].Name), CalendarOf(members[0].Name));
    }

    /// <summary>
    /// The zone of the pages and the schedule: the override, else the zone the sites of the default region share, else
    /// the zone all sites share, else Stockholm's.
    /// </summary>
    public TimeZoneInfo HomeZone
    {
        get
        {
            if (Overrides.Zone is { } zone)
            {
                return zone;
            }
            var home = Sites.Where(s => s.In(SeriesId.TheRegion)).Select(s => s.TimeZone).Distinct().ToList();
            var all = Sites.Select(s => s.TimeZone).Distinct().ToList();
            var id = home.Count == 1 ? home[0] : all.Count == 1 ? all[0] : SiteConfig.DefaultTimeZone;
            return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : LocalDays.Stockholm;
        }
    }

    /// <summary>The name people read: a site's display name or code, a region's display name, "Region" or its code.</summary>
    public string Shown(SeriesId id)
    {
        if (!id.IsRegion)
        {
            return Site(id.Name).Shown;
        }
        var region = Regions.FirstOrDefault(r => r.Code == id.Name);
        return region is { DisplayName.Length: > 0 } ? region.DisplayName : id.Name == SeriesId.DefaultRegion ? "Region" : $"Region {id.Name}";
    }

    static string CalendarKey(SiteConfig site) =>
        site.Holidays == HolidaySource.DatesCode ? string.Join(",", site.HolidayDates.Select(d => d.Date)) : site.Holidays;

    static string Listing(IEnumerable<SiteConfig> sites, Func<SiteConfig, string> value) =>
        string.Join(", ", sites.Select(s => $"{s.Name} {value(s)}"));
}
