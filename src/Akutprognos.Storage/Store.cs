using System.Data.Common;
using Akutprognos.Storage.Backends;

namespace Akutprognos.Storage;

/// <summary>
/// What every per-feature store shares: one pooled connection per call, reads that turn a driver error into a
/// <see cref="StorageException"/> naming the database, and writes that are one transaction each (all or nothing).
/// </summary>
public abstract class Store
{
    private protected Store(IBackend backend, TimeProvider clock)
    {
        Backend = backend;
        Clock = clock;
    }

    private protected IBackend Backend { get; }

    private protected TimeProvider Clock { get; }

    private protected long NowUtc => Clock.GetUtcNow().ToUnixTimeSeconds();

    private protected T Read<T>(Func<DbConnection, T> read)
    {
        try
        {
            using var connection = Backend.Connect();
            return read(connection);
        }
        catch (DbException e)
        {
            throw new StorageException($"Reading the {Backend.Description} failed: {e.Message}", e);
        }
    }

    private protected T Write<T>(string what, Func<DbTransaction, T> write)
    {
        try
        {
            using var connection = Backend.Connect();
            using var transaction = connection.BeginTransaction();
            var result = write(transaction);
            transaction.Commit();
            return result;
        }
        catch (DbException e)
        {
            throw new StorageException($"{what} failed in {Backend.Description}; nothing was changed: {e.Message}", e);
        }
    }
}
