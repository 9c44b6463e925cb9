using System.CommandLine;
using Akutprognos.Ingest.Arrivals;

namespace Akutprognos.Cli.Commands;

/// <summary>The column-mapping flags for arrivals files, shared by <c>backtest</c> and <c>ingest arrivals</c>.</summary>
sealed class ArrivalsInput
{
    readonly Option<string?> timeColumn = new("--time-column") { Description = "Column with the hour (hourly counts) or arrival time (one row per visit)" };
    readonly Option<string?> countColumn = new("--count-column") { Description = "Column with the number of arrivals" };
    readonly Option<string?> dateColumn = new("--date-column") { Description = "Column with the local date of daily counts" };
    readonly Option<string?> siteColumn = new("--site-column") { Description = "Column naming the ED" };
    readonly Option<string?> idColumn = new("--id-column") { Description = "Column with a visit id (a visit counted once)" };
    readonly Option<string?> site = new("--site") { Description = "Site of every row when the file has no site column" };
    readonly Option<bool> ignoreOffset = new("--ignore-offset") { Description = "Read times as local clock times even when marked Z or with an offset" };
    readonly Option<string?> zone = CommonOptions.TimeZone();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { timeColumn, countColumn, dateColumn, siteColumn, idColumn, site, ignoreOffset, zone })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The zone given with --tz, else Stockholm's.</summary>
    public TimeZoneInfo Zone(ParseResult result) => CommonOptions.ResolveZone(result.GetValue(zone) ?? Core.Sites.SiteConfig.DefaultTimeZone);

    /// <summary>The zone as given with --tz, or null.</summary>
    public string? ZoneGiven(ParseResult result) => result.GetValue(zone);

    public bool IgnoreOffset(ParseResult result) => result.GetValue(ignoreOffset);

    /// <param name="result">The parsed command line.</param>
    /// <param name="defaultSite">The site when neither a site column nor --site is given.</param>
    public ArrivalsCsvOptions Options(ParseResult result, string? defaultSite) => new()
    {
        TimeColumn = result.GetValue(timeColumn),
        CountColumn = result.GetValue(countColumn),
        DateColumn = result.GetValue(dateColumn),
        SiteColumn = result.GetValue(siteColumn),
        IdColumn = result.GetValue(idColumn),
        DefaultSite = result.GetValue(site) ?? defaultSite,
        TimeZone = Zone(result),
        IgnoreOffset = result.GetValue(ignoreOffset),
    };
}
