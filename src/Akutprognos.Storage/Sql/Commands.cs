using System.Data.Common;

namespace Akutprognos.Storage.Sql;

/// <summary>
/// The few ADO.NET calls the storage code needs, parameterised by position so that one text serves
/// both drivers (both accept <c>@name</c> placeholders).
/// </summary>
internal static class Commands
{
    /// <summary>A command in <paramref name="transaction"/> with parameters @p0, @p1, … set to <paramref name="values"/>.</summary>
    public static DbCommand Command(this DbTransaction transaction, string sql, params object?[] values) =>
        Create(transaction.Connection!, transaction, sql, values);

    public static int Execute(this DbTransaction transaction, string sql, params object?[] values)
    {
        using var command = transaction.Command(sql, values);
        return command.ExecuteNonQuery();
    }

    public static long Scalar(this DbTransaction transaction, string sql, params object?[] values)
    {
        using var command = transaction.Command(sql, values);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Reads every row with <paramref name="map"/>; the list is complete before the reader closes.</summary>
    public static List<T> Query<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map, params object?[] values) =>
        Read(Create(connection, null, sql, values), map);

    /// <summary>As <see cref="Query{T}(DbConnection, string, Func{DbDataReader, T}, object?[])"/>, inside <paramref name="transaction"/>.</summary>
    public static List<T> Query<T>(this DbTransaction transaction, string sql, Func<DbDataReader, T> map, params object?[] values) =>
        Read(transaction.Command(sql, values), map);

    static List<T> Read<T>(DbCommand query, Func<DbDataReader, T> map)
    {
        using var command = query;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    /// <summary>Sets the parameters of a command made by <see cref="Command"/> and runs it again: prepared once, run per row.</summary>
    public static int Rerun(this DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return command.ExecuteNonQuery();
    }

    static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, object?[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
