using Akutprognos.Core.Series;
using Akutprognos.Core.Traffic;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>What a read of access logs found: exact visitors per signal and hour, the line counts, and the problems.</summary>
public sealed class WeblogResult
{
    readonly IReadOnlyList<SignalRule> signals;
    readonly VisitorTally tally;

    internal WeblogResult(IReadOnlyList<SignalRule> signals, VisitorTally tally, int files, IReadOnlyList<string> malformed, IReadOnlyList<string> notes)
    {
        this.signals = signals;
        this.tally = tally;
        Files = files;
        MalformedLines = malformed;
        FileNotes = notes;
    }

    public int Files { get; }

    public LineCounts Counts => tally.Counts;

    /// <summary>The first few malformed lines of each part read, as <c>FILE:LINE: problem</c>, by file and line; never the line's content.</summary>
    public IReadOnlyList<string> MalformedLines { get; }

    /// <summary>Problems with whole files (damaged gzip, a layout that is no web log), as <c>FILE: problem</c>.</summary>
    public IReadOnlyList<string> FileNotes { get; }

    /// <summary>The files read, in order.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Files that could not be read to their end; their hours would be partial.</summary>
    internal IReadOnlyList<Csv.InputException> Damaged { get; init; } = [];

    /// <summary>
    /// Refuses a read that must not be stored: a file read only in part (a cut or damaged gzip, a read error),
    /// whose hours would be stored short, or logs in which no line at all is a web request (empty, garbage,
    /// one overlong line, the wrong format). Call it after reporting the counts, before storing.
    /// </summary>
    /// <exception cref="Csv.InputException">Nothing of this read may be stored; the message says which file and why.</exception>
    public void EnsureUsable()
    {
        if (Damaged.Count > 0)
        {
            var first = Damaged[0];
            throw new Csv.InputException(first.File, null, $"{first.Problem}; nothing was stored, since its hours would be stored short. Restore the whole file, or leave it out.");
        }
        var c = Counts;
        if (c.Lines - c.Malformed - c.Skipped <= 0)
        {
            var what = Paths.Count == 1 ? Paths[0] : $"{Paths.Count} logs";
            throw new Csv.InputException(what, null, c.Lines == 0
                ? "no lines at all: the log is empty, so nothing was stored."
                : System.FormattableString.Invariant($"no line is a web request ({c.Lines} lines: {c.Malformed} malformed, {c.Skipped} skipped), so nothing was stored; is it an access log, in the format given?"));
        }
    }

    public IReadOnlyList<string> Signals => [.. signals.Select(s => s.Name)];

    /// <summary>The distinct visitors of <paramref name="signal"/> in every local hour that has any, in time order.</summary>
    public IReadOnlyList<HourlyVisitors> Hourly(string signal)
    {
        var index = Index(signal);
        return [.. tally.Hours[index].OrderBy(h => h.Key).Select(h => new HourlyVisitors(signals[index].Name, DateTimeOffset.FromUnixTimeSeconds(h.Key), h.Value.Count))];
    }

    /// <summary>Every signal's hours with their sketches, for storage that merges runs.</summary>
    public IReadOnlyList<HourlySketch> Sketches()
    {
        var sketches = new List<HourlySketch>();
        for (var s = 0; s < signals.Count; s++)
        {
            foreach (var (hour, set) in tally.Hours[s].OrderBy(h => h.Key))
            {
                var sketch = new VisitorSketch();
                foreach (var hash in set.Items())
                {
                    sketch.Add(hash);
                }
                sketches.Add(new HourlySketch(signals[s].Name, DateTimeOffset.FromUnixTimeSeconds(hour), set.Count, sketch));
            }
        }
        return sketches;
    }

    int Index(string signal)
    {
        for (var i = 0; i < signals.Count; i++)
        {
            if (signals[i].Name == signal)
            {
                return i;
            }
        }
        throw new ArgumentException($"No signal '{signal}' was counted.", nameof(signal));
    }
}
