using Npgsql;

namespace Akutprognos.Web.Tests.Health;

/// <summary>
/// A database of its own on the PostgreSQL server that <c>AKUTPROGNOS_TEST_POSTGRES</c> names, dropped afterwards,
/// which the test can make refuse every write the way a full or read-only server does. Without a server the test
/// skips, except when <c>CI</c> is set.
/// </summary>
sealed class ServerDatabase : IDisposable
{
    const string ServerVariable = "AKUTPROGNOS_TEST_POSTGRES";

    readonly string name;

    ServerDatabase(string name, string target)
    {
        this.name = name;
        Target = target;
    }

    /// <summary>The connection string the app opens, without pooling, so a changed setting of the database holds at once.</summary>
    public string Target { get; }

    public static ServerDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            Assert.False(!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), $"CI is set but {ServerVariable} is not.");
            Skip.If(true, $"PostgreSQL case skipped: set {ServerVariable} to a server's connection string.");
        }
        var name = "akutprognos_test_" + Guid.NewGuid().ToString("N");
        Execute(server!, $"CREATE DATABASE {name}");
        return new ServerDatabase(name, new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString());
    }

    /// <summary>The same database through <paramref name="forwarder"/>, which the test can stop as if the server stopped.</summary>
    public string Through(TcpForwarder forwarder) => new NpgsqlConnectionStringBuilder(Target) { Host = "127.0.0.1", Port = forwarder.Port }.ToString();

    /// <summary>Where the server listens, for a <see cref="TcpForwarder"/>.</summary>
    public (string Host, int Port) Server
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(Target);
            return (builder.Host!, builder.Port);
        }
    }

    /// <summary>From now on every transaction on the database is read-only: each write fails, reads go on.</summary>
    public void StopWrites() => SetReadOnly(true);

    /// <summary>Writes work again.</summary>
    public void AllowWrites() => SetReadOnly(false);

    void SetReadOnly(bool readOnly)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable)!;
        Execute(server, $"ALTER DATABASE {name} SET default_transaction_read_only = {(readOnly ? "on" : "off")}");
        // The setting holds for sessions opened from now on, which is every one: the app's connections are not pooled.
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(Environment.GetEnvironmentVariable(ServerVariable)!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
