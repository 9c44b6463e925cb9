using System.Data.Common;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Sites;
using Akutprognos.Storage.Sites;
using Akutprognos.Storage.Sql;
using Akutprognos.Core.Health;
using Akutprognos.Storage.Arrivals;
using Akutprognos.Storage.Health;
using Akutprognos.Storage.Imports;
using Akutprognos.Storage.Visits;

namespace Akutprognos.Storage;

/// <summary>Incremental feeds: visits keyed by a hash of their id, day completeness, and health findings.</summary>
public sealed partial class AkutprognosDatabase
{
    /// <summary>
    /// Stores <paramref name="batch"/> in one transaction. Counts replace the stored value per key (as
    /// <see cref="ImportArrivals(IReadOnlyCollection{Core.Series.HourlyArrivals}, IReadOnlyCollection{Core.Series.DailyArrivals}, string)"/>);
    /// visits are merged by key (a changed visit replaces the stored one) and the hourly counts of the hours they
    /// touch are derived from all stored visits. Anything thrown while the visits are enumerated (a bad row)
    /// or a <see cref="DuplicateVisitException"/> leaves the database as it was.
    /// </summary>
    public ArrivalsBatchResult ImportArrivalsBatch(ArrivalsBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var counts = ArrivalsImport.From(batch.Hourly, batch.Daily);
        return Write($"Importing arrivals from {batch.Source}", transaction =>
        {
            var known = transaction.Query("SELECT name FROM sites", row => row.GetString(0)).ToHashSet(StringComparer.Ordinal);
            var rows = counts.Write(backend, transaction, batch.Source, NowUtc);
            var visits = VisitsImport.Write(backend, transaction, batch.Visits, NowUtc);
            if (visits.Read > 0)
            {
                ImportLog.Record(transaction, "visits", batch.Source, visits.Read,
                    new ImportResult(visits.SitesCreated, visits.Inserted, visits.Corrected, visits.Unchanged), NowUtc);
            }
            IReadOnlyDictionary<string, DateOnly> complete = batch.Rule is { } rule
                ? SiteFeeds.Record(transaction, Newest(batch, visits, rule), rule, clock.GetUtcNow())
                : new Dictionary<string, DateOnly>();
            var created = Configure(transaction, known, batch.NewSite ?? ArrivalsBatch.DefaultSite);
            return new ArrivalsBatchResult(rows, visits, complete, created);
        });
    }

    /// <summary>Gives each site created since <paramref name="known"/> was read its configuration from <paramref name="newSite"/>.</summary>
    List<SiteConfig> Configure(DbTransaction transaction, HashSet<string> known, Func<string, SiteConfig> newSite)
    {
        var created = new List<SiteConfig>();
        foreach (var (id, name) in transaction.Query("SELECT id, name FROM sites ORDER BY name", row => (row.GetInt64(0), row.GetString(1))))
        {
            if (known.Contains(name))
            {
                continue;
            }
            var config = newSite(name);
            if (config.Name != name || config.Problem() is { } problem)
            {
                throw new ArgumentException(config.Problem() ?? $"The configuration given for the new site '{name}' names '{config.Name}'.", nameof(newSite));
            }
            SiteStore.Apply(transaction, id, config, NowUtc);
            created.Add(config);
        }
        return created;
    }

    /// <summary>The last complete local date per site; sites not listed have no incomplete days.</summary>
    public IReadOnlyDictionary<string, DateOnly> CompleteThrough() => Read(connection => SiteFeeds.Read(connection));

    /// <summary>
    /// Replaces the stored findings of <paramref name="sites"/> with <paramref name="findings"/>; unchanged findings
    /// keep their row and first-seen time. Returns the number of rows changed.
    /// </summary>
    public int SaveHealthFindings(IReadOnlyCollection<string> sites, IReadOnlyCollection<HealthFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(findings);
        return Write("Saving health findings", transaction => HealthStore.Replace(transaction, sites, findings, NowUtc));
    }

    /// <summary>Every stored finding, by site (ordinal), then start.</summary>
    public IReadOnlyList<StoredHealthFinding> HealthFindings() => Read(HealthStore.Read);

    static Dictionary<string, DateOnly> Newest(ArrivalsBatch batch, VisitsImportResult visits, Func<string, FeedCompleteness> rule)
    {
        TimeZoneInfo Zone(string site) => rule(site.Trim()).Zone;
        var newest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        void Add(string site, DateOnly date)
        {
            site = site.Trim();
            if (!newest.TryGetValue(site, out var known) || date > known)
            {
                newest[site] = date;
            }
        }
        foreach (var hour in batch.Hourly)
        {
            Add(hour.Site, LocalDays.DateOf(hour.Hour, Zone(hour.Site)));
        }
        foreach (var day in batch.Daily)
        {
            Add(day.Site, day.Date);
        }
        foreach (var (site, arrival) in visits.NewestBySite)
        {
            Add(site, LocalDays.DateOf(arrival, Zone(site)));
        }
        return newest;
    }
}
