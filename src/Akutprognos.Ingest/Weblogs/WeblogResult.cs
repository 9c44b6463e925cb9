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
