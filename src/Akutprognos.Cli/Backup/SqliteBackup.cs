using Akutprognos.Cli.Commands;
using Akutprognos.Storage;
using Microsoft.Data.Sqlite;

namespace Akutprognos.Cli.Backup;

/// <summary>
/// Backup and restore of the SQLite database through SQLite's online backup API, which copies the pages of one
/// read transaction: a consistent snapshot while <c>serve</c> keeps writing (WAL lets it write meanwhile).
/// </summary>
static class SqliteBackup
{
    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="target"/>: into a temporary file in the target's folder,
    /// checked (integrity, same schema version as the source), then renamed over the target, so a failed or
    /// interrupted backup never leaves a half-written file under the target's name.
    /// </summary>
    public static DatabaseCopy Backup(string source, string target, bool force)
    {
        var from = ExistingFile(source);
        var to = Path.GetFullPath(target);
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            throw new UsageException($"the backup '{to}' would replace the database itself; name another file");
        }
        if (File.Exists(to) && !force)
        {
            throw new UsageException($"'{to}' exists; add --force to replace it");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        var partial = Path.Combine(Path.GetDirectoryName(to)!, $".{Path.GetFileName(to)}.{Guid.NewGuid():N}.partial");
        try
        {
            DatabaseCopy copy;
            using (var sourceConnection = Open(from, SqliteOpenMode.ReadWrite))
            using (var copyConnection = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                var sourceVersion = DatabaseCopy.VersionOf(sourceConnection);
                if (sourceVersion == 0)
                {
                    throw new CommandFailure($"'{from}' is not an Akutprognos database (no schema_version table)", ExitCodes.Input);
                }
                sourceConnection.BackupDatabase(copyConnection);
                // One self-contained file: the source's WAL mode would otherwise come along with the pages.
                Execute(copyConnection, "PRAGMA journal_mode = DELETE");
                copy = DatabaseCopy.Verify(copyConnection, partial);
                if (copy.SchemaVersion != sourceVersion)
                {
                    throw new CommandFailure($"the copy has schema version {copy.SchemaVersion}, the source {sourceVersion}; nothing was written", ExitCodes.Storage);
                }
            }
            File.Move(partial, to, overwrite: true);
            return copy;
        }
        catch (SqliteException e)
        {
            throw new CommandFailure($"backing up '{from}' failed, nothing was written: {e.Message}", ExitCodes.Storage);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Checks the backup <paramref name="from"/> first (integrity, an Akutprognos schema no newer than this program's),
    /// then writes it into <paramref name="target"/> in one SQLite transaction, refusing while another process has the
    /// target open. The app migrates the restored schema forward when it next opens it.
    /// </summary>
    public static DatabaseCopy Restore(string from, string target)
    {
        var backup = ExistingFile(from);
        var to = Path.GetFullPath(target);
        using var backupConnection = Open(backup, SqliteOpenMode.ReadOnly);
        var checkedBackup = DatabaseCopy.Verify(backupConnection, backup);
        if (checkedBackup.SchemaVersion > AkutprognosDatabase.LatestSchemaVersion)
        {
            throw new UsageException(
                $"'{backup}' has schema version {checkedBackup.SchemaVersion}, newer than this program's {AkutprognosDatabase.LatestSchemaVersion}: restore it with a newer Akutprognos");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        using var targetConnection = Open(to, SqliteOpenMode.ReadWriteCreate);
        RefuseIfInUse(targetConnection, to);
        try
        {
            // The backup API writes the pages in one transaction of the target: a failure leaves the old database.
            backupConnection.BackupDatabase(targetConnection);
        }
        catch (SqliteException e)
        {
            throw new CommandFailure($"restoring into '{to}' failed, the database is as it was: {e.Message}", ExitCodes.Storage);
        }
        return DatabaseCopy.Verify(targetConnection, to);
    }

    /// <summary>
    /// SQLite leaves WAL mode only when no other connection has the file open, so failing to switch the target
    /// to a rollback journal means a running <c>serve</c> (or another process) uses it.
    /// </summary>
    static void RefuseIfInUse(SqliteConnection connection, string path)
    {
        string mode;
        try
        {
            mode = Execute(connection, "PRAGMA journal_mode = DELETE", timeoutSeconds: 2);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            mode = "busy";
        }
        if (!string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandFailure($"'{path}' is in use (is 'akutprognos serve' running on it?); stop the service, then restore", ExitCodes.Storage);
        }
    }

    static string ExistingFile(string database)
    {
        if (database.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException("this is a PostgreSQL connection string: back up and restore PostgreSQL with pg_dump and pg_restore");
        }
        var path = Path.GetFullPath(database);
        return File.Exists(path) ? path : throw new CommandFailure($"no database file at '{path}'", ExitCodes.Input);
    }

    static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: the files are renamed or handed back to the service right after.
        if (mode == SqliteOpenMode.ReadWriteCreate)
        {
            Akutprognos.Storage.Backends.PrivateFile.Ensure(path);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new CommandFailure($"cannot open '{path}': {e.Message}", ExitCodes.Storage);
        }
    }

    static string Execute(SqliteConnection connection, string sql, int timeoutSeconds = 30)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        return command.ExecuteScalar()?.ToString() ?? "";
    }
}
