using System.Globalization;
using Akutprognos.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace Akutprognos.Cli.Backup;

/// <summary>What a copied database holds, read back from the copy after its integrity check.</summary>
/// <param name="SchemaVersion">The Akutprognos schema version stored in it.</param>
/// <param name="Tables">Rows per table, by table name (ordinal).</param>
/// <param name="SizeBytes">The size of the file.</param>
sealed record DatabaseCopy(int SchemaVersion, IReadOnlyList<(string Table, long Rows)> Tables, long SizeBytes)
{
    /// <summary>
    /// Checks the database on <paramref name="connection"/> (PRAGMA integrity_check, an Akutprognos schema) and
    /// counts its rows; <see cref="UsageException"/> with what is wrong otherwise.
    /// </summary>
    public static DatabaseCopy Verify(SqliteConnection connection, string path)
    {
        List<string> problems;
        try
        {
            problems = Strings(connection, "PRAGMA integrity_check");
        }
        catch (SqliteException e)
        {
            throw new CommandFailure($"'{path}' cannot be read as an SQLite database: {e.Message}", ExitCodes.Input);
        }
        if (problems is not ["ok"])
        {
            throw new CommandFailure($"'{path}' fails SQLite's integrity check: {string.Join("; ", problems.Take(3))}", ExitCodes.Input);
        }
        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        if (!tables.Contains("schema_version"))
        {
            throw new CommandFailure($"'{path}' is an SQLite file but not an Akutprognos database (no schema_version table)", ExitCodes.Input);
        }
        var counts = tables.Select(t => (t, Scalar(connection, $"SELECT COUNT(*) FROM \"{t}\""))).ToList();
        var version = (int)Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return new DatabaseCopy(version, counts, new FileInfo(path).Length);
    }

    /// <summary>The Akutprognos schema version of the database on <paramref name="connection"/>, or 0 when it has none.</summary>
    public static int VersionOf(SqliteConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").Count == 0
            ? 0
            : (int)Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version");

    /// <summary>Lines for people: the version, the size, and the rows of each table that has any.</summary>
    public IEnumerable<string> Describe()
    {
        yield return string.Create(CultureInfo.InvariantCulture,
            $"schema version {SchemaVersion}, {SizeBytes:N0} bytes, integrity check ok, {Tables.Sum(t => t.Rows):N0} rows");
        foreach (var (table, rows) in Tables.Where(t => t.Rows > 0))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  {table,-28} {rows,12:N0}");
        }
    }

    static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
