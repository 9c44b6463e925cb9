using System.Data.Common;
using Akutprognos.Storage.Sql;
using Akutprognos.Storage.Visits;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Akutprognos.Storage.Backends;

/// <summary>One SQLite file: the embedded default, no server needed.</summary>
internal sealed class SqliteBackend : IBackend
{
    readonly string connectionString;

    SqliteBackend(string path)
    {
        Description = path;
        // The driver retries a busy statement until its own timeout too; the same limit makes the wait the one the message names.
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
    }

    /// <summary>How long a statement waits for another process's write lock before it fails (<see cref="LockedDatabase"/>).</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    public string Description { get; }

    public string? MigrationLock => null;

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE: one writer at a time already.
    public string? MergeLock => null;

    /// <summary>Creates the file and its folder if needed and switches it to WAL; a path that cannot be written fails here.</summary>
    public static SqliteBackend Open(string path)
    {
        string full = path;
        try
        {
            full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            PrivateFile.Ensure(full);
            var backend = new SqliteBackend(full);
            using var connection = backend.Connect();
            using var wal = connection.CreateCommand();
            // WAL lets readers (the web host) run while an ingest writes; it is a property of the file.
            wal.CommandText = "PRAGMA journal_mode = WAL";
            wal.ExecuteNonQuery();
            return backend;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or NotSupportedException or ArgumentException)
        {
            throw new StorageException($"Cannot open the SQLite database '{full}': {Reason(e)}", e);
        }
    }

    public DbConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        // Per connection: enforce the schema's references, and wait for another writer instead of failing at once.
        pragmas.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072; PRAGMA temp.cache_size = -131072";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    public string Translate(string neutralSql) => neutralSql
        .Replace("{id}", "INTEGER PRIMARY KEY", StringComparison.Ordinal)
        .Replace("{name}", "TEXT", StringComparison.Ordinal)
        .Replace("{bytes}", "BLOB", StringComparison.Ordinal)
        .Replace("{without_rowid}", "WITHOUT ROWID", StringComparison.Ordinal);

    /// <summary>SQLite has no COPY; a reused prepared insert inside the import's transaction is its fastest path.</summary>
    public void Stage(DbTransaction transaction, UpsertTable table, IEnumerable<StagedRow> rows)
    {
        using var insert = transaction.Command($"INSERT INTO {table.Staging} (k1, k2, v) VALUES (@p0, @p1, @p2)", 0L, 0L, 0);
        insert.Prepare();
        foreach (var row in rows)
        {
            insert.Rerun(row.First, row.Second, row.Value);
        }
    }

    /// <summary>
    /// Row by row into the keyed table through SQLite's own binding calls: ADO.NET parameters cost more per row
    /// than SQLite's insert itself. A row whose key is taken goes to the repeats (rare, so per row is fine).
    /// </summary>
    public void StageVisits(DbTransaction transaction, IEnumerable<StagedVisit> visits)
    {
        var handle = ((SqliteConnection)transaction.Connection!).Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle,
            $"INSERT INTO staged_visits ({StagedVisit.Columns}) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (visit_key) DO NOTHING", out var insert));
        using (insert)
        {
            foreach (var visit in visits)
            {
                raw.sqlite3_bind_blob(insert, 1, visit.Key);
                raw.sqlite3_bind_int(insert, 2, visit.SiteNumber);
                raw.sqlite3_bind_int64(insert, 3, visit.ArrivalUtc);
                BindText(insert, 4, visit.Triage);
                BindText(insert, 5, visit.AgeBand);
                raw.sqlite3_bind_int64(insert, 6, visit.Origin);
                Check(handle, raw.sqlite3_step(insert), raw.SQLITE_DONE);
                raw.sqlite3_reset(insert);
                if (raw.sqlite3_changes(handle) == 0)
                {
                    transaction.Execute($"INSERT INTO staged_repeats ({StagedVisit.Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
                        visit.Key, visit.SiteNumber, visit.ArrivalUtc, visit.Triage, visit.AgeBand, visit.Origin);
                }
            }
        }
    }

    static void BindText(sqlite3_stmt statement, int index, string? text)
    {
        if (text is null)
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_text(statement, index, text);
        }
    }

    static void Check(sqlite3 handle, int code, int expected = raw.SQLITE_OK)
    {
        if (code != expected)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), code);
        }
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    static string Reason(Exception e) => e is SqliteException sqlite ? sqlite.Message.Replace("SQLite Error ", "error ", StringComparison.Ordinal) : e.Message;
}
