using Akutprognos.Core.Series;
using Akutprognos.Storage.Visits;

namespace Akutprognos.Storage.Arrivals;

/// <summary>
/// Everything one <c>ingest arrivals</c> run stores, in one transaction: counts (hourly, daily) as read,
/// and visits, which may be streamed straight from the files (enumerated once, inside the transaction).
/// </summary>
/// <param name="Source">The files or feed, for the imports log.</param>
public sealed record ArrivalsBatch(string Source)
{
    public IReadOnlyCollection<HourlyArrivals> Hourly { get; init; } = [];

    public IReadOnlyCollection<DailyArrivals> Daily { get; init; } = [];

    public IEnumerable<Visit> Visits { get; init; } = [];

    /// <summary>How to mark the sites' newest days complete or not; null leaves the marks as they are.</summary>
    public FeedCompleteness? Completeness { get; init; }

    /// <summary>As <see cref="Completeness"/>, per site (each in its own zone, with its own closing hour); wins over it when set.</summary>
    public Func<string, FeedCompleteness>? CompletenessBySite { get; init; }

    /// <summary>The rule for each site, or null when the marks are to stay as they are.</summary>
    internal Func<string, FeedCompleteness>? Rule => CompletenessBySite ?? (Completeness is { } one ? _ => one : null);

    /// <summary>
    /// The configuration of a site this batch creates, by its name; null gives the defaults, counted in the region
    /// every database has (<see cref="Core.Series.SeriesId.DefaultRegion"/>).
    /// </summary>
    public Func<string, Core.Sites.SiteConfig>? NewSite { get; init; }

    /// <summary>The defaults for a new site: Stockholm's zone, Swedish holidays, in the region every database has.</summary>
    public static Core.Sites.SiteConfig DefaultSite(string name) => new(name) { Regions = [Core.Series.SeriesId.DefaultRegion] };
}

/// <summary>What an <see cref="ArrivalsBatch"/> import did.</summary>
/// <param name="Counts">The hourly and daily count rows.</param>
/// <param name="Visits">The visits and the hourly counts derived from them.</param>
/// <param name="CompleteThrough">The last complete local date now stored for each site of the batch.</param>
/// <param name="Created">The sites the batch created, with the configuration they were given.</param>
public sealed record ArrivalsBatchResult(
    ImportResult Counts, VisitsImportResult Visits, IReadOnlyDictionary<string, DateOnly> CompleteThrough, IReadOnlyList<Core.Sites.SiteConfig> Created);
