using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Schema;

/// <summary>Brings a database to the latest <see cref="Migrations"/> step, all steps in one transaction.</summary>
internal static class Migrator
{
    /// <summary>Returns the schema version now in the database.</summary>
    public static int Migrate(IBackend backend, long nowUtc)
    {
        using var connection = backend.Connect();
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
}
