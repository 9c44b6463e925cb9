namespace Akutprognos.Storage.Arrivals;

/// <summary>
/// When a site's days count as complete. A day's export is closed once the clock has passed
/// <see cref="DayClosesAtHour"/> on the next local day; the newest day of an import made before then is
/// incomplete. <see cref="CompleteThrough"/>, when given, says it outright for the sites in the import.
/// </summary>
/// <param name="Zone">The zone of local dates.</param>
public sealed record FeedCompleteness(TimeZoneInfo Zone)
{
    /// <summary>The last complete local date of every site in the import, overriding the cut-off rule.</summary>
    public DateOnly? CompleteThrough { get; init; }

    /// <summary>Local hour (0–23) of the next day after which a day's export is taken as complete. Default 6.</summary>
    public int DayClosesAtHour
    {
        get;
        init => field = value is >= 0 and <= 23 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "an hour of the day, 0 to 23");
    } = 6;

    /// <summary>The latest local date that is closed at <paramref name="now"/>.</summary>
    public DateOnly ClosedThrough(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        return local.Hour >= DayClosesAtHour ? today.AddDays(-1) : today.AddDays(-2);
    }
}
