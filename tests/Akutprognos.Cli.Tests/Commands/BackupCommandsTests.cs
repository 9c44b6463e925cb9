using Akutprognos.Core.Series;
using Akutprognos.Storage;
using Akutprognos.TestSupport;
using Microsoft.Data.Sqlite;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class BackupCommandsTests : IDisposable
{
    // Every write of the busy writer adds this many hours, so a consistent copy holds a multiple of it.
    const int HoursPerWrite = 240;

    static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Backup_WhileAnotherConnectionKeepsWriting_CopyPassesIntegrityCheckAndHoldsWholeWrites()
    {
        var source = folder.PathOf("live.db");
        using var database = AkutprognosDatabase.Open(source);
        Write(database, 0, 50);
        using var stop = new CancellationTokenSource();
        var writes = 50;
        var writer = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Write(database, writes, 1);
                writes++;
            }
        });

        var run = CliProcess.Run(folder.Path, "backup", "--db", source, "--out", "copy.db");
        await stop.CancelAsync();
        await writer;

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("integrity check ok", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("arrivals_hourly", run.Stdout, StringComparison.Ordinal);
        var copied = Query(folder.PathOf("copy.db"), "SELECT COUNT(*) FROM arrivals_hourly");
        Assert.Equal("ok", Scalar(folder.PathOf("copy.db"), "PRAGMA integrity_check"));
        Assert.Equal(0, copied % HoursPerWrite);
        Assert.InRange(copied, 50 * HoursPerWrite, (long)writes * HoursPerWrite);
        Assert.Equal(AkutprognosDatabase.LatestSchemaVersion, Query(folder.PathOf("copy.db"), "SELECT MAX(version) FROM schema_version"));
        Assert.Equal([folder.PathOf("copy.db"), source], Directory.GetFiles(folder.Path, "*.db").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Backup_OntoExistingFile_RefusesWithoutForceAndReplacesWithIt()
    {
        var source = folder.PathOf("live.db");
        using (var database = AkutprognosDatabase.Open(source))
        {
            Write(database, 0, 2);
        }
        var existing = folder.Write("copy.db", "an older backup");

        var refused = CliProcess.Run(folder.Path, "backup", "--db", source, "--out", existing);
        var kept = File.ReadAllText(existing);
        var forced = CliProcess.Run(folder.Path, "backup", "--db", source, "--out", existing, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("exists; add --force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("an older backup", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(2 * HoursPerWrite, Query(existing, "SELECT COUNT(*) FROM arrivals_hourly"));
    }

    [Fact]
    public void Backup_MissingSource_SaysSoAndWritesNothing()
    {
        var run = CliProcess.Run(folder.Path, "backup", "--db", "absent.db", "--out", "copy.db");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"akutprognos: no database file at '{folder.PathOf("absent.db")}'\n", run.Stderr);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Backup_PostgresConnectionString_PointsToPgDump()
    {
        var run = CliProcess.Run(folder.Path, "backup", "--db", "Host=localhost;Database=akut", "--out", "copy.db");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pg_dump", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_TargetInUse_RefusesThenRestoresOnceClosed()
    {
        var source = folder.PathOf("live.db");
        using (var database = AkutprognosDatabase.Open(source))
        {
            Write(database, 0, 3);
            Assert.Equal(0, CliProcess.Run(folder.Path, "backup", "--db", source, "--out", "copy.db").ExitCode);
            Write(database, 3, 2);

            var refused = CliProcess.Run(folder.Path, "restore", "--from", "copy.db", "--db", source);

            Assert.Equal(3, refused.ExitCode);
            Assert.Contains("is in use", refused.Stderr, StringComparison.Ordinal);
            Assert.Equal(5 * HoursPerWrite, database.HourlyArrivals().Count);
        }

        var restored = CliProcess.Run(folder.Path, "restore", "--from", "copy.db", "--db", source);

        Assert.True(restored.ExitCode == 0, restored.Stderr);
        using var reopened = AkutprognosDatabase.Open(source);
        Assert.Equal(3 * HoursPerWrite, reopened.HourlyArrivals().Count);
    }

    [Fact]
    public void Restore_FileThatIsNoDatabase_RefusesAndLeavesTheTarget()
    {
        var source = folder.PathOf("live.db");
        using (var database = AkutprognosDatabase.Open(source))
        {
            Write(database, 0, 1);
        }
        var junk = folder.Write("junk.db", new string('x', 5000));

        var run = CliProcess.Run(folder.Path, "restore", "--from", junk, "--db", source);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot be read as an SQLite database", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(HoursPerWrite, Query(source, "SELECT COUNT(*) FROM arrivals_hourly"));
    }

    /// <summary>Writes <paramref name="count"/> transactions of <see cref="HoursPerWrite"/> hours each, the first numbered <paramref name="first"/>.</summary>
    static void Write(AkutprognosDatabase database, int first, int count)
    {
        for (var write = first; write < first + count; write++)
        {
            var hours = Enumerable.Range(0, HoursPerWrite).Select(h => new HourlyArrivals("Danderyd", Start.AddHours((write * HoursPerWrite) + h), 3)).ToList();
            database.ImportArrivals(hours, [], $"write {write}");
        }
    }

    static long Query(string path, string sql) => Convert.ToInt64(Scalar(path, sql), System.Globalization.CultureInfo.InvariantCulture);

    static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
