using Akutprognos.Core.Calendar;

namespace Akutprognos.Ingest.Arrivals;

/// <summary>
/// How to read an arrivals CSV. Every column option overrides detection by the standard names
/// (<c>date</c>, <c>timestamp</c>, <c>arrival</c>, <c>count</c>, <c>site</c>, <c>id</c>; case-insensitive).
/// </summary>
public sealed record ArrivalsCsvOptions
{
    /// <summary>The hour of an hourly count (with <see cref="CountColumn"/>) or the arrival time of one visit (without).</summary>
    public string? TimeColumn { get; init; }

    /// <summary>The number of arrivals in the row's hour or day.</summary>
    public string? CountColumn { get; init; }

    /// <summary>The local date of a daily count; choosing it makes the file daily.</summary>
    public string? DateColumn { get; init; }

    /// <summary>The ED a row belongs to.</summary>
    public string? SiteColumn { get; init; }

    /// <summary>A visit's identifier: per-visit rows with the same id are one visit.</summary>
    public string? IdColumn { get; init; }

    /// <summary>The site of every row when the file has no site column (e.g. the file's base name); required then.</summary>
    public string? DefaultSite { get; init; }

    /// <summary>The zone of local clock times and local days. Default: Europe/Stockholm.</summary>
    public TimeZoneInfo TimeZone { get; init; } = LocalDays.Stockholm;

    /// <summary>Read every time as a local clock time, ignoring a written <c>Z</c> or offset (for exports that mislabel them).</summary>
    public bool IgnoreOffset { get; init; }

    /// <summary>A per-visit file's triage level column (stored as written), or null.</summary>
    public string? TriageColumn { get; init; }

    /// <summary>A per-visit file's age band column (stored as written), or null.</summary>
    public string? AgeBandColumn { get; init; }

    /// <summary>
    /// How arrival times are written when not ISO 8601 or Swedish: <c>excel</c> (serial day numbers, decimal
    /// point or comma) or a .NET exact format such as <c>yyyy/MM/dd HH:mm</c> (local clock time). Null: detect.
    /// </summary>
    public string? TimeFormat { get; init; }

    /// <summary>Configured sites and aliases; by default every name is accepted as written.</summary>
    public SiteDirectory Sites { get; init; } = SiteDirectory.Open;

    /// <summary>The clock that decides what is in the future (arrivals after it, plus <see cref="FutureMargin"/>, are refused).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// How far past <see cref="Clock"/>'s now a time may lie before it is refused as in the future (clocks of
    /// exporting systems drift a little). Default: 5 minutes.
    /// </summary>
    public TimeSpan FutureMargin { get; init; } = TimeSpan.FromMinutes(5);
}
