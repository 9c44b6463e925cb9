using System.Data.Common;
using System.Globalization;
using Akutprognos.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Akutprognos.Storage.Tests;

/// <summary>
/// A fresh, empty database on one backend for one test; every storage test is a theory over
/// <see cref="Backends"/>. SQLite is a file in a scratch folder. PostgreSQL is a database created for the
/// test in the server that <c>AKUTPROGNOS_TEST_POSTGRES</c> names, dropped afterwards. Without that server
/// the PostgreSQL cases skip, except when <c>CI</c> is set: there a missing server must fail the build.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string Sqlite = "SQLite";
    public const string Postgres = "PostgreSQL";
    const string ServerVariable = "AKUTPROGNOS_TEST_POSTGRES";

    /// <summary>Every table but the imports log, which records each run by design.</summary>
    public static readonly string[] DataTables =
        ["sites", "arrivals_hourly", "arrivals_daily", "visitors_hourly", "visitor_sketches", "forecast_days", "forecast_hours", "schema_version",
         "roster_lines", "staffing_hours", "staffing_shifts", "visits", "site_feeds", "health_findings"];

    static readonly Lazy<string?> PostgresProblem = new(ProbePostgres);

    readonly ScratchFolder? folder;
    readonly string? databaseName;

    TestDatabase(string backend, string target, ScratchFolder? folder, string? databaseName)
    {
        Backend = backend;
        Target = target;
        this.folder = folder;
        this.databaseName = databaseName;
    }

    public static TheoryData<string> Backends => new() { Sqlite, Postgres };

    public string Backend { get; }

    /// <summary>What <see cref="AkutprognosDatabase.Open"/> takes: a file path or a connection string.</summary>
    public string Target { get; }

    public static TestDatabase Create(string backend)
    {
        if (backend == Sqlite)
        {
            var folder = new ScratchFolder();
            return new TestDatabase(backend, folder.PathOf("akutprognos.db"), folder, null);
        }
        RequirePostgres();
        var name = "akutprognos_test_" + Guid.NewGuid().ToString("N");
        ExecuteOnServer($"CREATE DATABASE {name}");
        var target = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(ServerVariable)) { Database = name }.ToString();
        return new TestDatabase(backend, target, null, name);
    }

    public AkutprognosDatabase Open(TimeProvider? clock = null) => AkutprognosDatabase.Open(Target, clock);

    /// <summary>A plain driver connection, to look at the tables behind the storage API.</summary>
    public DbConnection Connect()
    {
        DbConnection connection = Backend == Sqlite ? new SqliteConnection($"Data Source={Target};Pooling=False") : new NpgsqlConnection(Target);
        connection.Open();
        return connection;
    }

    public void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public long Count(string table)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of every data table as text, sorted, so two dumps are equal exactly when the data is.</summary>
    public IReadOnlyList<string> DumpDataTables()
    {
        using var connection = Connect();
        var lines = new List<string>();
        foreach (var table in DataTables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                rows.Add(table + ": " + string.Join(" | ", values));
            }
            lines.AddRange(rows.Order(StringComparer.Ordinal));
        }
        return lines;
    }

    /// <summary>Makes the database itself fail any write of a daily-only row with <paramref name="arrivals"/>: a failure in mid-import.</summary>
    public void FailDailyArrivalsOf(int arrivals) => Execute(Backend == Sqlite
        ? $"""
           CREATE TRIGGER fail_daily BEFORE INSERT ON arrivals_daily WHEN NEW.arrivals = {arrivals}
           BEGIN SELECT RAISE(ABORT, 'injected failure'); END
           """
        : $"""
           CREATE FUNCTION fail_daily() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN IF NEW.arrivals = {arrivals} THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$;
           CREATE TRIGGER fail_daily BEFORE INSERT ON arrivals_daily FOR EACH ROW EXECUTE FUNCTION fail_daily();
           """);

    public void Dispose()
    {
        folder?.Dispose();
        if (databaseName is not null)
        {
            ExecuteOnServer($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
        }
    }

    static void RequirePostgres()
    {
        if (PostgresProblem.Value is not { } problem)
        {
            return;
        }
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail($"CI is set but the PostgreSQL server is missing: {problem}. .ci/run starts one.");
        }
        Skip.If(true, $"PostgreSQL case skipped: {problem}. Start a server with `source .ci/postgres.sh && start_postgres`.");
    }

    static string? ProbePostgres()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ServerVariable)))
        {
            return $"{ServerVariable} is not set";
        }
        try
        {
            ExecuteOnServer("SELECT 1");
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or TimeoutException)
        {
            return $"the server in {ServerVariable} is unreachable ({e.Message})";
        }
    }

    static string Server() => new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(ServerVariable)) { Timeout = 5, Pooling = false }.ToString();

    static void ExecuteOnServer(string sql)
    {
        using var connection = new NpgsqlConnection(Server());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
