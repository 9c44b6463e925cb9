using System.Globalization;
using Cronos;

namespace Akutprognos.Web.Schedule;

/// <summary>
/// When the nightly forecast runs: a cron expression in the local zone (default 21:30 every day). Cronos
/// handles the zone's daylight-saving changes: a time skipped in spring runs right after the gap, a time
/// repeated in autumn runs once.
/// </summary>
public sealed record ScheduleSettings(string Cron)
{
    /// <summary>The setting's name in the settings table.</summary>
    public const string CronSetting = "schedule.cron";

    /// <summary>21:30 every evening: after the evening web traffic, in time for the coordinator's 22:00 decision.</summary>
    public const string DefaultCron = "30 21 * * *";

    /// <summary>The settings stored, or the defaults.</summary>
    public static ScheduleSettings From(IReadOnlyDictionary<string, string> stored) =>
        new(stored.TryGetValue(CronSetting, out var cron) && Problem(cron) is null ? cron : DefaultCron);

    /// <summary>Why <paramref name="cron"/> is not a usable five-field expression, or null.</summary>
    public static string? Problem(string? cron)
    {
        try
        {
            CronExpression.Parse(cron ?? "");
            return null;
        }
        catch (CronFormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>The next run strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset? Next(DateTimeOffset now, TimeZoneInfo zone) => CronExpression.Parse(Cron).GetNextOccurrence(now, zone);

    /// <summary>The latest run at or before <paramref name="now"/> within the last two days, or null.</summary>
    public DateTimeOffset? Last(DateTimeOffset now, TimeZoneInfo zone) =>
        CronExpression.Parse(Cron).GetOccurrences(now.AddDays(-2), now, zone, fromInclusive: true, toInclusive: true).Cast<DateTimeOffset?>().LastOrDefault();

    /// <summary>The day a run at <paramref name="at"/> forecasts: the local day after it.</summary>
    public static DateOnly TargetOf(DateTimeOffset at, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime).AddDays(1);

    /// <summary>Text for the pages: "30 21 * * *" in its zone.</summary>
    public string Describe(TimeZoneInfo zone) => string.Create(CultureInfo.InvariantCulture, $"{Cron} ({zone.Id})");
}
