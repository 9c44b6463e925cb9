using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Akutprognos.Storage.Visits;

/// <summary>
/// Enumerates a source on another thread, a bounded number of batches ahead of the consumer: reading and
/// hashing a file and writing the database then take the longer of the two times instead of their sum, and
/// memory stays bounded. An exception in the source is rethrown to the consumer as it was thrown.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize = 2048, int batchesAhead = 8)
    {
        var channel = Channel.CreateBounded<T[]>(new BoundedChannelOptions(batchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                var batch = new List<T>(batchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == batchSize)
                    {
                        channel.Writer.WriteAsync(batch.ToArray(), stop.Token).AsTask().GetAwaiter().GetResult();
                        batch.Clear();
                    }
                }
                if (batch.Count > 0)
                {
                    channel.Writer.WriteAsync(batch.ToArray(), stop.Token).AsTask().GetAwaiter().GetResult();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early; nobody waits for the rest.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                channel.Writer.Complete();
            }
        });
        try
        {
            while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var batch))
                {
                    foreach (var item in batch)
                    {
                        yield return item;
                    }
                }
            }
            producer.GetAwaiter().GetResult();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
        }
    }
}
