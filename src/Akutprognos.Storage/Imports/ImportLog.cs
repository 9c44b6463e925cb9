using System.Data.Common;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Imports;

/// <summary>
/// One row per import, also for one that changed nothing: the log says when data last arrived, while
/// the data tables stay exactly as the first import left them.
/// </summary>
internal static class ImportLog
{
    public static void Record(DbTransaction transaction, string kind, string source, int rowsRead, ImportResult result, long nowUtc) =>
        transaction.Execute(
            "INSERT INTO imports (kind, source, rows_read, rows_inserted, rows_changed, imported_utc) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            kind, source, (long)rowsRead, (long)result.RowsInserted, (long)result.RowsChanged, nowUtc);
}
