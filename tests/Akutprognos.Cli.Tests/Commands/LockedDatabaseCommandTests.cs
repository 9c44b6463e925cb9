using Akutprognos.TestSupport;
using Microsoft.Data.Sqlite;

namespace Akutprognos.Cli.Tests.Commands;

/// <summary><c>export</c> and <c>health</c> while another process is in the middle of a write to the same SQLite file.</summary>
public sealed class LockedDatabaseCommandTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ExportAndHealth_AnotherWriterHoldsTheLock_ExportAtOnceHealthShowsFindingsUnstored()
    {
        var database = folder.PathOf("akut.db");
        // Two days of hours from 4 March, nothing for five days, then 11 March: a gap finding.
        var start = new DateTime(2024, 3, 4, 0, 0, 0, DateTimeKind.Unspecified);
        var rows = Enumerable.Range(0, 48).Concat(Enumerable.Range(7 * 24, 24))
            .Select(h => start.AddHours(h).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) + "+01:00,Danderyd,4");
        var file = folder.Write("hours.csv", "timestamp,site,count\n" + string.Join('\n', rows) + "\n");
        Assert.Equal(0, CliProcess.Run(folder.Path, "ingest", "arrivals", file, "--db", database).ExitCode);

        CliResult export, health;
        using (HoldWriteLock(database))
        {
            export = CliProcess.Run(folder.Path, "export", "arrivals", "--db", database, "--daily");
            health = CliProcess.Run(folder.Path, "health", "--db", database);
        }

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("Danderyd,2024-03-11,96", export.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, health.ExitCode);
        Assert.Contains("is locked by another process (waited 10 s); try again when that process", health.Stderr, StringComparison.Ordinal);
        Assert.Contains("they were not stored", health.Stderr, StringComparison.Ordinal);
        Assert.Contains("gap", health.Stdout, StringComparison.Ordinal);
    }

    /// <summary>A connection of this test process in the middle of a write transaction, until disposed.</summary>
    static IDisposable HoldWriteLock(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var transaction = connection.BeginTransaction();
        using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = "INSERT INTO settings (name, value, changed_utc) VALUES ('held', 'by another writer', 0)";
        write.ExecuteNonQuery();
        return new Held(connection, transaction);
    }

    sealed class Held(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
    {
        public void Dispose()
        {
            transaction.Dispose();
            connection.Dispose();
        }
    }
}
