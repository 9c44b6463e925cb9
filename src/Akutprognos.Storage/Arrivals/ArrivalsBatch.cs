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
}

/// <summary>What an <see cref="ArrivalsBatch"/> import did.</summary>
/// <param name="Counts">The hourly and daily count rows.</param>
/// <param name="Visits">The visits and the hourly counts derived from them.</param>
/// <param name="CompleteThrough">The last complete local date now stored for each site of the batch.</param>
public sealed record ArrivalsBatchResult(ImportResult Counts, VisitsImportResult Visits, IReadOnlyDictionary<string, DateOnly> CompleteThrough);
