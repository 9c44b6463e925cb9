using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// Reads access logs into exact distinct visitors per signal and local hour (evaluation §2). All files are one
/// stream of traffic in any order. Plain files of line-independent formats are cut into pieces at line
/// boundaries and read on every core; gzip and W3C files are read whole, several at once. Each thread keeps
/// its own sets of keyed visitor hashes, merged at the end, so memory grows with distinct visitors per hour,
/// not with lines.
/// </summary>
public sealed class WeblogReader(WeblogOptions options)
{
    public WeblogOptions Options { get; } = options;

    /// <summary>The size of the pieces a plain file is cut into; small only in tests of the cutting.</summary>
    internal long PieceBytes { get; init; } = 8L << 20;

    /// <summary>Reads <paramref name="paths"/> (files, or globs like <c>logs/*.gz</c>).</summary>
    /// <exception cref="InputException">A file is missing or unreadable, or a glob matches nothing.</exception>
    public WeblogResult Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = Expand(paths).Select((path, i) => LogFile.Open(i, path, Options.Format)).ToList();
        if (Options.Progress is { } progress)
        {
            progress.TotalBytes = files.Sum(f => f.Length);
        }
        var jobs = files.Where(f => !f.Splittable).Select(LogJob.Whole)
            .Concat(files.Where(f => f.Splittable).SelectMany(f => Pieces(f, PieceBytes)))
            .ToList();
        // Exactly one tally (sets and read buffer) per thread: memory stays that of the threads, whatever the input's size.
        var queue = new ConcurrentQueue<LogJob>(jobs);
        var tallies = Enumerable.Range(0, Math.Clamp(Options.Workers, 1, Math.Max(1, jobs.Count))).Select(_ => new VisitorTally(Options)).ToList();
        ExceptionDispatchInfo? failure = null;
        var threads = tallies.Select(tally => new Thread(() =>
        {
            try
            {
                while (queue.TryDequeue(out var job))
                {
                    job.Run(tally, Options);
                }
            }
            catch (Exception e)
            {
                // A defect on a reading thread must reach the caller, as on the calling thread, not end the process.
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                queue.Clear();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        failure?.Throw();
        var total = tallies.Count > 0 ? tallies[0] : new VisitorTally(Options);
        foreach (var other in tallies.Skip(1))
        {
            total.Merge(other);
        }
        total.Counts.Lines = jobs.Sum(j => j.Lines);
        return new WeblogResult(Options.Signals, total, files.Count, Malformed(jobs), Notes(files, jobs))
        {
            Paths = [.. files.Select(f => f.Path)],
            Damaged = [.. jobs.Where(j => j.Damaged).Select(j => new InputException(j.File.Path, null, j.Note!)).DistinctBy(e => e.File)],
        };
    }

    static IEnumerable<LogJob> Pieces(LogFile file, long size)
    {
        var count = Math.Max(1, (int)((file.Length + size - 1) / size));
        return Enumerable.Range(0, count).Select(i => new LogJob(file, i, i * size, Math.Min(file.Length, (i + 1) * size)));
    }

    /// <summary>The first malformed lines by file and line, with line numbers counted over each file's pieces.</summary>
    static List<string> Malformed(List<LogJob> jobs)
    {
        var found = new List<(int File, long Line, string Text)>();
        foreach (var file in jobs.GroupBy(j => j.File.Index))
        {
            long before = 0;
            foreach (var job in file.OrderBy(j => j.Piece))
            {
                found.AddRange(job.Malformed.Select(m => (file.Key, before + m.Line, $"{job.File.Path}:{before + m.Line}: {m.Problem}")));
                before += job.Lines;
            }
        }
        return [.. found.OrderBy(f => f.File).ThenBy(f => f.Line).Select(f => f.Text)];
    }

    static List<string> Notes(List<LogFile> files, List<LogJob> jobs) =>
    [
        .. files.Where(f => f.Note is not null).Select(f => $"{f.Path}: {f.Note}"),
        .. jobs.Where(j => j.Note is not null).Select(j => $"{j.File.Path}: {j.Note}").Distinct(),
    ];

    static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path.IndexOfAny(['*', '?']) < 0)
            {
                yield return path;
                continue;
            }
            var folder = Path.GetDirectoryName(path);
            var pattern = Path.GetFileName(path);
            var matches = Directory.Exists(string.IsNullOrEmpty(folder) ? "." : folder)
                ? Directory.GetFiles(string.IsNullOrEmpty(folder) ? "." : folder, pattern).Order(StringComparer.Ordinal).ToArray()
                : [];
            if (matches.Length == 0)
            {
                throw new InputException(path, null, "no file matches this pattern.");
            }
            foreach (var match in matches)
            {
                yield return match;
            }
        }
    }
}
