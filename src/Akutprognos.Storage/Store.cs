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

    private protected T Read<T>(Func<DbConnection, T> read) => Read(Backend, read);

    private protected T Write<T>(string what, Func<DbTransaction, T> write) => Write(Backend, what, write);

    /// <summary>
    /// One read on its own pooled connection; a driver error becomes a <see cref="StorageException"/> naming the database,
    /// with the sentence for a database another process holds locked. The one implementation every store and
    /// <see cref="AkutprognosDatabase"/> use.
    /// </summary>
    internal static T Read<T>(IBackend backend, Func<DbConnection, T> read)
    {
        try
        {
            using var connection = backend.Connect();
            return read(connection);
        }
        catch (DbException e)
        {
            throw new StorageException(LockedDatabase.Message("Reading", backend.Description, e, $"Reading the {backend.Description} failed: {e.Message}"), e) { Locked = LockedDatabase.Is(e) };
        }
    }

    /// <summary>One write in one transaction, all or nothing; errors as for <see cref="Read{T}(IBackend, Func{DbConnection, T})"/>.</summary>
    internal static T Write<T>(IBackend backend, string what, Func<DbTransaction, T> write)
    {
        try
        {
            using var connection = backend.Connect();
            using var transaction = connection.BeginTransaction();
            var result = write(transaction);
            transaction.Commit();
            return result;
        }
        catch (DbException e)
        {
            throw new StorageException(LockedDatabase.Message(what, backend.Description, e,
                $"{what} failed in {backend.Description}; nothing was changed: {e.Message}") + (LockedDatabase.Is(e) ? " Nothing was changed." : ""), e) { Locked = LockedDatabase.Is(e) };
        }
    }
}
