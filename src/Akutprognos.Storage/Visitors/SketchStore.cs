using System.Data.Common;
using Akutprognos.Core.Series;
using Akutprognos.Core.Traffic;
using Akutprognos.Storage.Backends;
using Akutprognos.Storage.Imports;
using Akutprognos.Storage.Sql;

namespace Akutprognos.Storage.Visitors;

/// <summary>
/// Visitor sketches per signal and hour, merged across runs so that logs of the same hours from several
/// servers count each visitor once. The hour's visitors row follows its sketch: the exact count of the run
/// while one run covers the hour, the sketch's estimate (±0.8% standard error) once runs were merged. A run
/// that adds no visitor to an hour's sketch (the same file again) changes nothing.
/// </summary>
internal static class SketchStore
{
    public static ImportResult Write(IBackend backend, DbTransaction transaction, IReadOnlyCollection<HourlySketch> sketches, long nowUtc, string source)
    {
        if (backend.MergeLock is { } lockSql)
        {
            transaction.Execute(lockSql);
        }
        var changedRows = new List<HourlyVisitors>();
        var unchanged = 0;
        using var upsert = transaction.Command(
            """
            INSERT INTO visitor_sketches (signal, hour_utc, sketch) VALUES (@p0, @p1, @p2)
            ON CONFLICT (signal, hour_utc) DO UPDATE SET sketch = excluded.sketch
            """, "", 0L, Array.Empty<byte>());
        foreach (var signal in sketches.GroupBy(s => s.Signal.Trim()))
        {
            var stored = Stored(transaction, signal.Key, signal.Min(s => s.Hour), signal.Max(s => s.Hour));
            foreach (var hour in signal.GroupBy(s => s.Hour))
            {
                var epoch = Instants.HourToEpoch(hour.Key, $"Sketch of {signal.Key}");
                var merged = new VisitorSketch();
                foreach (var run in hour)
                {
                    merged.Merge(run.Sketch);
                }
                int visitors;
                if (stored.TryGetValue(epoch, out var before))
                {
                    if (!before.Merge(merged))
                    {
                        unchanged++;
                        continue;
                    }
                    merged = before;
                    visitors = (int)Math.Round(merged.Estimate());
                }
                else
                {
                    visitors = hour.Count() == 1 ? hour.First().Visitors : (int)Math.Round(merged.Estimate());
                }
                upsert.Rerun(signal.Key, epoch, merged.ToBytes());
                changedRows.Add(new HourlyVisitors(signal.Key, hour.Key, visitors));
            }
        }
        var staged = VisitorsStore.Checked(changedRows);
        if (changedRows.Count == 0)
        {
            var none = new ImportResult(0, 0, 0, unchanged);
            ImportLog.Record(transaction, "visitors", source, sketches.Count, none, nowUtc);
            return none;
        }
        var written = VisitorsStore.Write(backend, transaction, staged, source, nowUtc);
        return written with { RowsUnchanged = written.RowsUnchanged + unchanged };
    }

    static Dictionary<long, VisitorSketch> Stored(DbTransaction transaction, string signal, DateTimeOffset from, DateTimeOffset to)
    {
        using var command = transaction.Command(
            "SELECT hour_utc, sketch FROM visitor_sketches WHERE signal = @p0 AND hour_utc BETWEEN @p1 AND @p2",
            signal, from.ToUnixTimeSeconds(), to.ToUnixTimeSeconds());
        using var reader = command.ExecuteReader();
        var stored = new Dictionary<long, VisitorSketch>();
        while (reader.Read())
        {
            stored[reader.GetInt64(0)] = VisitorSketch.FromBytes((byte[])reader.GetValue(1));
        }
        return stored;
    }
}
