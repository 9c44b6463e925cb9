using Akutprognos.Core.Calendar;

namespace Akutprognos.Web;

/// <summary>What <c>akutprognos serve</c> and <c>demo</c> pass to the web host.</summary>
/// <param name="Database">A SQLite file path or a PostgreSQL connection string.</param>
public sealed record WebAppOptions(string Database)
{
    /// <summary>The address(es) to listen on; loopback unless the operator says otherwise.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The zone of local days, the schedule and the pages.</summary>
    public TimeZoneInfo Zone { get; init; } = LocalDays.Stockholm;

    /// <summary>The holiday calendar the forecasts use (Swedish by default).</summary>
    public IHolidayCalendar Holidays { get; init; } = HolidayCalendars.ForCode(HolidayCalendars.DefaultCode);

    /// <summary>False keeps the nightly schedule (and its catch-up at start) from running, e.g. in API tests.</summary>
    public bool RunSchedule { get; init; } = true;

    /// <summary>
    /// Configuration values (keys like <c>Akutprognos:Oidc:Authority</c>) laid over the files and the environment
    /// before any feature reads them, for a host that embeds the app.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Loopback only: a fresh install is reachable from this machine alone until the operator opens it.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
