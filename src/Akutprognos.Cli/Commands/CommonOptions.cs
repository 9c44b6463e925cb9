using System.CommandLine;
using Akutprognos.Core.Calendar;

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

    public static Option<string> TimeZone() => new("--tz")
    {
        Description = "IANA time zone of local times and days",
        DefaultValueFactory = _ => "Europe/Stockholm",
    };

    public static Option<string> Holidays() => new("--holidays")
    {
        Description = "Holiday calendar: SE (default), an ISO country code of the PublicHoliday library (GB or UK, US, AU, NL, …), a CSV file of dates, or none",
        DefaultValueFactory = _ => HolidayCalendars.DefaultCode,
    };

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
