using Akutprognos.Core.Series;

namespace Akutprognos.Core.Demo;

/// <summary>A synthetic region: its sites, their hourly arrivals, the hourly web signal "all", and what was planted in it.</summary>
/// <param name="Sites">The seven EDs, largest first.</param>
/// <param name="Arrivals">One row per site and UTC hour of every local day from the first day to the last (23, 24 or 25 a day), ordered by site, then hour.</param>
/// <param name="Visitors">One row per UTC hour of signal <see cref="DemoRegion.Signal"/>, ordered by hour; hours of a <see cref="DemoEventKind.MissingWebHours"/> stretch have no row.</param>
/// <param name="Events">The planted events, ordered by start, so a reader (or a test) knows what the models should find or survive.</param>
public sealed record DemoData(
    IReadOnlyList<Site> Sites,
    IReadOnlyList<HourlyArrivals> Arrivals,
    IReadOnlyList<HourlyVisitors> Visitors,
    IReadOnlyList<DemoEvent> Events);

/// <summary>Kinds of planted events.</summary>
public enum DemoEventKind
{
    /// <summary>A winter influenza or RSV wave: weeks of extra arrivals; the web sees it a few days earlier.</summary>
    InfectionWave,

    /// <summary>A norovirus-like outbreak: a few days of extra arrivals, seen by the web the evening before.</summary>
    Outbreak,

    /// <summary>A news story: web traffic two to three times normal for one evening, and no extra patients.</summary>
    MediaSpike,

    /// <summary>A stretch of hours with no web rows at all (a lost log file, a broken export).</summary>
    MissingWebHours,
}

/// <summary>One planted event.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">First UTC instant it affects (inclusive).</param>
/// <param name="End">UTC instant where it stops (exclusive).</param>
/// <param name="Factor">Peak multiplier: on regional arrivals for waves and outbreaks, on evening web traffic for media spikes; 0 for missing hours.</param>
/// <param name="Description">One line for a README or a log, in English.</param>
public sealed record DemoEvent(DemoEventKind Kind, DateTimeOffset Start, DateTimeOffset End, double Factor, string Description);
