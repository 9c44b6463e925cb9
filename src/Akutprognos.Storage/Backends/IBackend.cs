using System.Data.Common;
using Akutprognos.Storage.Sql;
using Akutprognos.Storage.Visits;

namespace Akutprognos.Storage.Backends;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL. The rest of the storage code speaks the SQL
/// both understand (including <c>INSERT ... ON CONFLICT ... DO UPDATE</c>) through <see cref="DbConnection"/>.
/// </summary>
internal interface IBackend : IDisposable
{
    /// <summary>The file or server, for messages; never contains a password.</summary>
    string Description { get; }

    /// <summary>An open connection, set up for use (pragmas on SQLite).</summary>
    DbConnection Connect();

    /// <summary>Replaces the dialect tokens of <see cref="Schema.Migrations"/> with this dialect's text.</summary>
    string Translate(string neutralSql);

    /// <summary>A statement that serialises schema migration between processes, or null when the transaction already does.</summary>
    string? MigrationLock { get; }

    /// <summary>A statement that makes read-merge-write imports (visitor sketches) take turns, or null when a transaction already does.</summary>
    string? MergeLock { get; }

    /// <summary>Bulk-loads <paramref name="rows"/> into the empty staging table of <paramref name="table"/> (columns k1, k2, v).</summary>
    void Stage(DbTransaction transaction, UpsertTable table, IEnumerable<StagedRow> rows);

    /// <summary>Bulk-loads <paramref name="visits"/> into the empty temporary table <c>staged_visits</c>, as they are enumerated.</summary>
    void StageVisits(DbTransaction transaction, IEnumerable<StagedVisit> visits);
}
