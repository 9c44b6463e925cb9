using Akutprognos.Core.Calendar;
using Akutprognos.Pipeline.Sites;

namespace Akutprognos.Web;

/// <summary>What <c>akutprognos serve</c> and <c>demo</c> pass to the web host.</summary>
/// <param name="Database">A SQLite file path or a PostgreSQL connection string.</param>
public sealed record WebAppOptions(string Database)
{
    /// <summary>The address(es) to listen on; loopback unless the operator says otherwise.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>
    /// A time zone and holiday calendar for this run only (<c>serve --tz/--holidays</c>), over what the sites have stored.
    /// </summary>
    public RunOverrides Overrides { get; init; } = RunOverrides.None;

    /// <summary>
    /// The zone of the schedule and the pages: the override, else the zone of the sites (<see cref="SiteSetup.HomeZone"/>),
    /// settled when the app is built.
    /// </summary>
    public TimeZoneInfo Zone { get; init; } = LocalDays.Stockholm;

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
