using Akutprognos.Core.Calendar;

namespace Akutprognos.Ingest.Visitors;

/// <summary>How to read an hourly visitors CSV.</summary>
public sealed record VisitorsCsvOptions
{
    /// <summary>The name of the web signal the counts belong to. Default: "all".</summary>
    public string Signal { get; init; } = "all";

    /// <summary>The zone of hours written without an offset. Default: Europe/Stockholm.</summary>
    public TimeZoneInfo TimeZone { get; init; } = LocalDays.Stockholm;

    /// <summary>Read every hour as a local clock time, ignoring a written <c>Z</c> or offset.</summary>
    public bool IgnoreOffset { get; init; }

    /// <summary>The clock that decides what is in the future (hours starting after it, plus <see cref="FutureMargin"/>, are refused).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// How far past <see cref="Clock"/>'s now a time may lie before it is refused as in the future (clocks of
    /// exporting systems drift a little). Default: 5 minutes.
    /// </summary>
    public TimeSpan FutureMargin { get; init; } = TimeSpan.FromMinutes(5);
}
