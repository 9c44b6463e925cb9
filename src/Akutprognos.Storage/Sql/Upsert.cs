using System.Data.Common;
using Akutprognos.Storage.Backends;

namespace Akutprognos.Storage.Sql;

/// <summary>
/// Merges rows into an <see cref="UpsertTable"/>: stage them in a temporary table (the backend's
/// fastest bulk path), count what is new or different, then one
/// <c>INSERT ... SELECT ... ON CONFLICT DO UPDATE ... WHERE value differs</c>, so unchanged rows are not
/// rewritten and a repeated import leaves the table byte for byte as it was.
/// </summary>
internal static class Upsert
{
    /// <summary>Returns (inserted, changed, unchanged) over the distinct keys of <paramref name="rows"/>; the last row for a key wins.</summary>
    public static (int Inserted, int Changed, int Unchanged) Merge(
        IBackend backend, DbTransaction transaction, UpsertTable table, IEnumerable<StagedRow> rows)
    {
        // One statement cannot touch a row twice (PostgreSQL refuses), so duplicate keys collapse here.
        var distinct = new Dictionary<(object, object), int>();
        foreach (var row in rows)
        {
            distinct[(row.First, row.Second)] = row.Value;
        }
        if (distinct.Count == 0)
        {
            return (0, 0, 0);
        }

        var (first, second, value, staging) = (table.First.Name, table.Second.Name, table.Value, table.Staging);
        transaction.Execute($"DROP TABLE IF EXISTS {staging}");
        transaction.Execute(backend.Translate(
            $"CREATE TEMP TABLE {staging} (k1 {table.First.SqlType} NOT NULL, k2 {table.Second.SqlType} NOT NULL, v INTEGER NOT NULL)"));
        backend.Stage(transaction, table, distinct.Select(pair => new StagedRow(pair.Key.Item1, pair.Key.Item2, pair.Value)));

        using var counts = transaction.Command(
            $"""
            SELECT COALESCE(SUM(CASE WHEN t.{value} IS NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN t.{value} <> s.v THEN 1 ELSE 0 END), 0)
            FROM {staging} s LEFT JOIN {table.Name} t ON t.{first} = s.k1 AND t.{second} = s.k2
            """);
        int inserted, changed;
        using (var reader = counts.ExecuteReader())
        {
            reader.Read();
            (inserted, changed) = ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
        }

        // "WHERE true" lets SQLite tell the upsert's ON CONFLICT from a join's ON.
        transaction.Execute(
            $"""
            INSERT INTO {table.Name} ({first}, {second}, {value}) SELECT k1, k2, v FROM {staging} WHERE true
            ON CONFLICT ({first}, {second}) DO UPDATE SET {value} = excluded.{value}
            WHERE {table.Name}.{value} <> excluded.{value}
            """);
        transaction.Execute($"DROP TABLE {staging}");
        return (inserted, changed, distinct.Count - inserted - changed);
    }
}
