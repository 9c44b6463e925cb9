using System.Data.Common;
using Microsoft.Data.Sqlite;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;
using Akutprognos.Core.Staffing;
using Akutprognos.Core.Traffic;
using Akutprognos.Storage.Arrivals;
using Akutprognos.Storage.Audit;
using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Board;
using Akutprognos.Storage.Forecasts;
using Akutprognos.Storage.Schema;
using Akutprognos.Storage.Sites;
using Akutprognos.Storage.Staffing;
using Akutprognos.Storage.Visitors;

namespace Akutprognos.Storage;

/// <summary>
/// The Akutprognos database: one schema on SQLite (a file, the default) or PostgreSQL (a shared
/// server). Every write is one transaction: it happens completely or not at all. Each call opens a
/// pooled connection of its own, so one instance may serve concurrent callers.
/// </summary>
public sealed partial class AkutprognosDatabase : IDisposable
{
    readonly IBackend backend;
    readonly TimeProvider clock;

    AkutprognosDatabase(IBackend backend, TimeProvider clock)
    {
        this.backend = backend;
        this.clock = clock;
    }

    /// <summary>The file or server, for messages (no password).</summary>
    public string Description => backend.Description;

    /// <summary>Whether <paramref name="target"/> is a SQLite file that does not exist yet (opening it would create it).</summary>
    public static bool IsNewFile(string target) =>
        !string.IsNullOrWhiteSpace(target) && !target.Contains("Host=", StringComparison.OrdinalIgnoreCase) && !File.Exists(target);

    /// <summary>
    /// Removes the SQLite file <paramref name="target"/> and its journal files: for a command that created it and then
    /// refused its input, so that a refused import leaves no empty database behind. Only for files <see cref="IsNewFile"/>
    /// said were new.
    /// </summary>
    public static void RemoveNewFile(string target)
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { target, target + "-wal", target + "-shm", target + "-journal" }.Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Opens <paramref name="target"/>, creating and migrating the schema as needed: a connection string
    /// containing <c>Host=</c> (any case) is PostgreSQL, anything else a SQLite file path (created with its
    /// folder). Throws <see cref="StorageException"/> naming the file or server when it cannot be opened.
    /// </summary>
    /// <param name="target">A SQLite file path or a PostgreSQL connection string.</param>
    /// <param name="clock">Stamps created and imported times; the system clock when null.</param>
    public static AkutprognosDatabase Open(string target, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        IBackend backend = target.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? PostgresBackend.Open(target)
            : SqliteBackend.Open(target);
        var database = new AkutprognosDatabase(backend, clock ?? TimeProvider.System);
        try
        {
            Migrator.Migrate(backend, database.NowUtc);
            return database;
        }
        catch (DbException e)
        {
            database.Dispose();
            throw new StorageException(LockedDatabase.Message("Opening the database", backend.Description, e,
                $"Creating the schema in the {backend.Description} failed: {e.Message}"), e) { Locked = LockedDatabase.Is(e) };
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Imports hourly and daily-only arrivals in one transaction: unknown sites are created, and each row
    /// replaces the stored value for its key. Importing the same rows again changes no data.
    /// </summary>
    /// <param name="hourly">Arrivals per site and UTC hour.</param>
    /// <param name="daily">Totals per site and local date, for inputs that have no hours; they count only for dates without hourly rows.</param>
    /// <param name="source">The file or feed, for the imports log.</param>
    public ImportResult ImportArrivals(IReadOnlyCollection<HourlyArrivals> hourly, IReadOnlyCollection<DailyArrivals> daily, string source) =>
        ImportArrivalsBatch(new ArrivalsBatch(source) { Hourly = hourly, Daily = daily }).Counts;

    /// <summary>Imports hourly visitors in one transaction; same semantics as <see cref="ImportArrivals"/>.</summary>
    public ImportResult ImportVisitors(IReadOnlyCollection<HourlyVisitors> rows, string source)
    {
        var staged = VisitorsStore.Checked(rows);
        return Write($"Importing visitors from {source}", transaction => VisitorsStore.Write(backend, transaction, staged, source, NowUtc));
    }

    /// <summary>
    /// Merges hourly visitor sketches from access logs into the stored ones in one transaction, and sets each
    /// changed hour's visitors: the run's exact count for an hour not stored before, else the merged sketch's
    /// estimate. Sketches that add nobody change nothing, so the same logs twice leave the data as after the first time.
    /// </summary>
    public ImportResult ImportVisitorSketches(IReadOnlyCollection<HourlySketch> sketches, string source)
    {
        ArgumentNullException.ThrowIfNull(sketches);
        return Write($"Importing visitors from {source}", transaction => SketchStore.Write(backend, transaction, sketches, NowUtc, source));
    }

    /// <summary>Saves the forecasts in one transaction, each replacing any earlier one for its series and date.</summary>
    public void SaveForecasts(IReadOnlyCollection<DayForecast> forecasts) => SaveForecasts(forecasts, new Dictionary<string, ForecastNotes>());

    /// <summary>Every stored forecast for local <paramref name="date"/>, by series, with its hours; empty when none.</summary>
    public IReadOnlyList<DayForecast> LoadForecasts(DateOnly date) => Read(connection => ForecastStore.Load(connection, date));

    /// <summary>Stores the staffing configuration (JSON text, checked by the caller), replacing the one before.</summary>
    public void SaveStaffingConfiguration(string json) => SaveStaffingConfiguration(json, null);

    /// <summary>As <see cref="SaveStaffingConfiguration(string)"/>, with <paramref name="audit"/> (when not null) written in the same transaction.</summary>
    public void SaveStaffingConfiguration(string json, AuditEntry? audit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        Write("Saving the staffing configuration", transaction =>
        {
            StaffingStore.SaveConfiguration(transaction, json, NowUtc);
            if (audit is not null)
            {
                AuditStore.Record(transaction, audit);
            }
            return 0;
        });
    }

    /// <summary>The stored staffing configuration (JSON text), or null when none was stored.</summary>
    public string? LoadStaffingConfiguration() => Read(StaffingStore.LoadConfiguration);

    /// <summary>
    /// Imports roster lines in one transaction. For each site and local start date (in <paramref name="zone"/>) the
    /// lines have, they replace every line stored before, so the same file imported twice stores the same lines.
    /// A site the database does not know fails the whole import with nothing stored.
    /// </summary>
    public RosterImportResult ImportRoster(IReadOnlyCollection<RosterLine> lines, TimeZoneInfo zone, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(zone);
        return Write($"Importing the roster from {source}", transaction => RosterStore.Import(transaction, lines, zone, source, NowUtc));
    }

    /// <summary>Roster lines overlapping [<paramref name="from"/>, <paramref name="to"/>), by site, role and start.</summary>
    public IReadOnlyList<RosterLine> Roster(DateTimeOffset from, DateTimeOffset to) => Read(connection => RosterStore.Overlapping(connection, from, to));

    /// <summary>Saves a staffing plan in one transaction, replacing any plan stored for its date.</summary>
    public void SaveStaffingPlan(StaffingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Write("Saving the staffing plan", transaction =>
        {
            StaffingStore.SavePlan(transaction, plan);
            return 0;
        });
    }

    /// <summary>The stored plan's hours for <paramref name="date"/>, by site, role and hour; empty when none.</summary>
    public IReadOnlyList<StoredStaffingHour> StaffingHours(DateOnly date) => Read(connection => StaffingStore.LoadHours(connection, date));

    /// <summary>The stored plan's shifts, call-ins and releases for <paramref name="date"/>; empty when none.</summary>
    public IReadOnlyList<StoredStaffingShift> StaffingShifts(DateOnly date) => Read(connection => StaffingStore.LoadShifts(connection, date));


    /// <summary>Hourly arrivals of one site, or of all, ordered by site (ordinal) and hour; hours are UTC.</summary>
    public IReadOnlyList<HourlyArrivals> HourlyArrivals(string? site = null) => Read(connection => ArrivalsReader.Hourly(connection, site));

    /// <summary>
    /// Arrivals per site and local date of <paramref name="zone"/> (e.g. <see cref="Core.Calendar.LocalDays.Stockholm"/>):
    /// the sum of the hourly rows of each local day (23, 24 or 25 hours), and the daily-only totals for dates
    /// without any hourly row. Ordered by site (ordinal) and date. Incomplete days are included as they are.
    /// </summary>
    public IReadOnlyList<DailyArrivals> DailyArrivals(TimeZoneInfo zone) => Read(connection => ArrivalsReader.Daily(connection, zone));

    /// <summary>The hourly visitors of <paramref name="signal"/>, by hour (UTC).</summary>
    public IReadOnlyList<HourlyVisitors> Visitors(string signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return Read(connection => VisitorsStore.Read(connection, signal));
    }

    /// <summary>Sites and regions as configured: zones, holiday calendars, display names, region membership.</summary>
    public SiteStore Sites => new(backend, clock);

    /// <summary>The meeting board (Tvärgrupp): meetings, cards, ideas, links, notes and micro-projects.</summary>
    public BoardStore Board => new(backend, clock);

    /// <summary>The names of the stored visitor signals, ordinal order.</summary>
    public IReadOnlyList<string> Signals() => Read(VisitorsStore.Signals);

    public void Dispose() => backend.Dispose();

    long NowUtc => clock.GetUtcNow().ToUnixTimeSeconds();

    T Read<T>(Func<DbConnection, T> read) => Store.Read(backend, read);

    T Write<T>(string what, Func<DbTransaction, T> write) => Store.Write(backend, what, write);
}
