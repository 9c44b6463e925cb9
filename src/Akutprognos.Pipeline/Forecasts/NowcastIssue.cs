using Cronos;

namespace Akutprognos.Pipeline.Forecasts;

/// <summary>
/// One evening nowcast: the local <paramref name="Date"/> it forecasts and the local hour of the evening before at which
/// it is issued (18, 20, 22, or 24 for midnight — the full evening, issued at 00:00 of the date itself).
/// </summary>
public readonly record struct NowcastIssue(DateOnly Date, int Hour)
{
    /// <summary>18:00, 20:00, 22:00 and midnight local time, every day. None of them falls in a daylight-saving change
    /// (02:00–03:00 in Europe), and Cronos keeps them on the local clock whatever the UTC offset.</summary>
    public const string Cron = "0 0,18,20,22 * * *";

    static readonly CronExpression Expression = CronExpression.Parse(Cron);

    /// <summary>The nowcast issued at <paramref name="at"/>: midnight issues the day just begun at hour 24, any other hour tomorrow.</summary>
    public static NowcastIssue Of(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        return local.Hour == 0 ? new(today, 24) : new(today.AddDays(1), local.Hour);
    }

    /// <summary>The next issue time strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset Next(DateTimeOffset now, TimeZoneInfo zone) => Expression.GetNextOccurrence(now, zone)!.Value;

    /// <summary>The latest issue time in <c>(now − <paramref name="within"/>, now]</c>, or null.</summary>
    public static DateTimeOffset? Latest(DateTimeOffset now, TimeSpan within, TimeZoneInfo zone) =>
        Expression.GetOccurrences(now - within, now, zone, fromInclusive: false, toInclusive: true).Cast<DateTimeOffset?>().LastOrDefault();
}
