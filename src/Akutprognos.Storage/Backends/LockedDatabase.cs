using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Akutprognos.Storage.Backends;

/// <summary>
/// The sentence for a SQLite file another process holds the write lock of for longer than
/// <see cref="SqliteBackend.BusyTimeout"/>: who holds it and what to do, instead of the driver's "database is locked".
/// </summary>
internal static class LockedDatabase
{
    const int Busy = 5;
    const int Locked = 6;

    /// <summary>Whether <paramref name="error"/> is SQLite's busy or locked error.</summary>
    public static bool Is(DbException error) => error is SqliteException { SqliteErrorCode: Busy or Locked };

    /// <summary>"{what} failed: the database X is locked by another process …", or <paramref name="otherwise"/> for any other error.</summary>
    public static string Message(string what, string description, DbException error, string otherwise) => Is(error)
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{what} failed: the database {description} is locked by another process (waited {SqliteBackend.BusyTimeout.TotalSeconds:F0} s); try again when that process (an import, a backup, a server's nightly run) finishes.")
        : otherwise;
}
