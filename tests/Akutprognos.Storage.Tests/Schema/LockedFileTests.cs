using Akutprognos.TestSupport;
using Microsoft.Data.Sqlite;

namespace Akutprognos.Storage.Tests.Schema;

/// <summary>A SQLite file whose write lock another connection holds, as an import or a backup in another process does.</summary>
public sealed class LockedFileTests
{
    [Fact]
    public void Open_CurrentSchemaWhileAnotherWriterHoldsTheLock_OpensAndReads()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.PathOf("locked.db");
        using (var setUp = AkutprognosDatabase.Open(path))
        {
            setUp.ImportArrivals(Samples.Hourly(3, "Danderyd"), [], "setup.csv");
        }
        using var writer = HoldWriteLock(path);

        using var reader = AkutprognosDatabase.Open(path);

        Assert.Equal(3, reader.HourlyArrivals().Count);
        Assert.Equal("Danderyd", Assert.Single(reader.Sites.All()).Name);
    }

    [Fact]
    public void Write_WhileAnotherWriterHoldsTheLock_WaitsThenFailsSayingWhy()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.PathOf("locked.db");
        using var database = AkutprognosDatabase.Open(path);
        using var writer = HoldWriteLock(path);

        var error = Assert.Throws<StorageException>(() => database.ImportArrivals(Samples.Hourly(3, "Danderyd"), [], "late.csv"));

        Assert.Equal(
            $"Importing arrivals from late.csv failed: the database {Path.GetFullPath(path)} is locked by another process (waited 10 s); " +
            "try again when that process (an import, a backup, a server's nightly run) finishes. Nothing was changed.",
            error.Message);
    }

    /// <summary>A connection of its own, outside the storage code, in the middle of a write transaction until disposed.</summary>
    static WriteLock HoldWriteLock(string path) => new(path);

    sealed class WriteLock : IDisposable
    {
        readonly SqliteConnection connection;
        readonly SqliteTransaction transaction;

        public WriteLock(string path)
        {
            connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            transaction = connection.BeginTransaction();
            using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = "INSERT INTO settings (name, value, changed_utc) VALUES ('held', 'by another writer', 0)";
            write.ExecuteNonQuery();
        }

        public void Dispose()
        {
            transaction.Dispose();
            connection.Dispose();
        }
    }
}
