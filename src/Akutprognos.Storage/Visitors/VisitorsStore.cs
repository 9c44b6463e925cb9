using System.Data.Common;
using Akutprognos.Core.Series;
using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Imports;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Visitors;

/// <summary>Hourly distinct web visitors per named signal.</summary>
internal static class VisitorsStore
{
    static readonly UpsertTable Table = new("visitors_hourly", new("signal", true), new("hour_utc", false), "visitors");

    /// <summary>Checks every row before anything is written: a signal name, visitors at least zero, an hour on the hour.</summary>
    public static List<StagedRow> Checked(IReadOnlyCollection<HourlyVisitors> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select((row, i) => new StagedRow(
            string.IsNullOrWhiteSpace(row.Signal) ? throw new ArgumentException($"Visitors row {i + 1} has no signal name.", nameof(rows)) : row.Signal.Trim(),
            Instants.HourToEpoch(row.Hour, $"Visitors row {i + 1}"),
            row.Visitors >= 0 ? row.Visitors : throw new ArgumentOutOfRangeException(nameof(rows), row.Visitors, $"Visitors row {i + 1} is negative.")))
            .ToList();
    }

    public static ImportResult Write(IBackend backend, DbTransaction transaction, List<StagedRow> rows, string source, long nowUtc)
    {
        var (inserted, changed, unchanged) = Upsert.Merge(backend, transaction, Table, rows);
        var result = new ImportResult(0, inserted, changed, unchanged);
        ImportLog.Record(transaction, "visitors", source, rows.Count, result, nowUtc);
        return result;
    }

    public static List<HourlyVisitors> Read(DbConnection connection, string signal) =>
        connection.Query(
            "SELECT signal, hour_utc, visitors FROM visitors_hourly WHERE signal = @p0 ORDER BY hour_utc",
            row => new HourlyVisitors(row.GetString(0), Instants.HourFromEpoch(row.GetInt64(1)), row.GetInt32(2)),
            signal.Trim());

    public static List<string> Signals(DbConnection connection) =>
        connection.Query("SELECT DISTINCT signal FROM visitors_hourly ORDER BY signal", row => row.GetString(0));
}
