namespace Akutprognos.Storage;

/// <summary>
/// The database could not be opened, migrated or written. The message is meant for the user as is
/// (it names the file or server); the inner exception keeps the driver's details.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether it failed only because another process held the SQLite file's write lock: reading still works.</summary>
    public bool Locked { get; init; }
}
