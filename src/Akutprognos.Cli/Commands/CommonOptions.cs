using System.CommandLine;

namespace Akutprognos.Cli.Commands;

/// <summary>Options several commands share, defined once so they read and behave the same everywhere.</summary>
static class CommonOptions
{
    public static Option<string> Database(bool required = true) => new("--db")
    {
        Description = "SQLite file path, or a PostgreSQL connection string (Host=…;Database=…)",
        Required = required,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON to stdout instead of a table" };

    /// <summary>--tz: given or not (null), so that a stored zone or a shared default can stand in.</summary>
    public static Option<string?> TimeZone(string description = "IANA time zone of local times and days (default Europe/Stockholm)") =>
        new("--tz") { Description = description };

    /// <summary>--holidays: given or not (null).</summary>
    public static Option<string?> Holidays(string description = "Holiday calendar: SE (default), an ISO country code of the PublicHoliday library (GB or UK, US, AU, NL, …), a CSV file of dates, or none") =>
        new("--holidays") { Description = description };

    /// <summary>--tz on a command that reads the sites' stored zones: an override for this run only.</summary>
    public static Option<string?> ZoneOverride() => TimeZone("Override every site's stored time zone for this run only (IANA name)");

    /// <summary>--holidays on a command that reads the sites' stored calendars: an override for this run only.</summary>
    public static Option<string?> HolidaysOverride() => Holidays("Override every site's stored holiday calendar for this run only: a code (SE, GB, …), a CSV file of dates, or none");

    /// <summary>The overrides given with <paramref name="zone"/> and <paramref name="holidays"/>; says on stderr that they hold for this run only.</summary>
    public static Pipeline.Sites.RunOverrides Overrides(ParseResult result, Option<string?> zone, Option<string?> holidays)
    {
        var overrides = new Pipeline.Sites.RunOverrides(
            result.GetValue(zone) is { } z ? ResolveZone(z) : null,
            result.GetValue(holidays) is { } h ? HolidayInput.Resolve(h) : null);
        if (overrides.Any)
        {
            Console.Error.WriteLine($"akutprognos: for this run only, over the stored site settings: {overrides.Describe()} ('akutprognos site set' changes them for good)");
        }
        return overrides;
    }

    public static Option<DateOnly?> Date(string description) => new("--date") { Description = description };

    public static TimeZoneInfo ResolveZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new UsageException($"unknown time zone '{id}' (use an IANA name such as Europe/Stockholm)");
        }
    }
}
