using System.Data.Common;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Board;

/// <summary>A connection, inside a write transaction or not: the board's queries run the same in both.</summary>
internal readonly record struct BoardSession(DbConnection Connection, DbTransaction? Transaction, long NowUtc)
{
    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params object?[] values) =>
        Transaction is { } transaction ? transaction.Query(sql, map, values) : Connection.Query(sql, map, values);

    public long Insert(string sql, params object?[] values) => Writing.Scalar(sql + " RETURNING id", values);

    public int Execute(string sql, params object?[] values) => Writing.Execute(sql, values);

    DbTransaction Writing => Transaction ?? throw new InvalidOperationException("A board write outside a transaction.");
}
