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
}
