using System.Data.Common;
using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Schema;

/// <summary>Brings a database to the latest <see cref="Migrations"/> step, all steps in one transaction.</summary>
internal static class Migrator
{
    /// <summary>
    /// Returns the schema version now in the database. A database already at the latest version is only read, so
    /// opening it takes no write lock: <c>export</c> and <c>health</c> work while another process writes.
    /// </summary>
    public static int Migrate(IBackend backend, long nowUtc)
    {
        using var connection = backend.Connect();
        if (StoredVersion(connection) == Migrations.Steps.Count)
        {
            return Migrations.Steps.Count;
        }
        using var transaction = connection.BeginTransaction();
        // Two processes opening a fresh database at once must not both run step 1.
        if (backend.MigrationLock is { } lockSql)
        {
            transaction.Execute(lockSql);
        }
        transaction.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_utc BIGINT NOT NULL)");
        var current = (int)transaction.Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var steps = Migrations.Steps;
        if (current > steps.Count)
        {
            throw new StorageException(
                $"The {backend.Description} has schema version {current}, newer than this program's {steps.Count}: upgrade Akutprognos.");
        }
        for (var version = current + 1; version <= steps.Count; version++)
        {
            transaction.Execute(backend.Translate(steps[version - 1]));
            transaction.Execute("INSERT INTO schema_version (version, applied_utc) VALUES (@p0, @p1)", version, nowUtc);
        }
        transaction.Commit();
        return steps.Count;
    }

    /// <summary>The stored schema version, or null when there is none yet (a new database) or it cannot be read.</summary>
    static long? StoredVersion(DbConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT MAX(version) FROM schema_version";
            return command.ExecuteScalar() is { } version and not DBNull ? Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        catch (DbException)
        {
            // No table yet: the transaction below creates it, under the lock.
            return null;
        }
    }
}
