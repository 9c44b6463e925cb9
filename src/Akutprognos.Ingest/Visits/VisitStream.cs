using Akutprognos.Core.Series;

namespace Akutprognos.Ingest.Visits;

/// <summary>
/// The visits of one file, read lazily: enumerating <see cref="Visits"/> reads the file (once), and a bad
/// row throws <see cref="Csv.InputException"/> there. <see cref="Summary"/> and <see cref="Warnings"/> are
/// filled in when the enumeration ends.
/// </summary>
public sealed class VisitStream
{
    readonly Func<VisitStream, IEnumerable<Visit>> read;

    internal VisitStream(string path, int fileIndex, Func<VisitStream, IEnumerable<Visit>> read)
    {
        Path = path;
        FileIndex = fileIndex;
        this.read = read;
    }

    public string Path { get; }

    /// <summary>The number of this file among those read together; the high half of each <see cref="Visit.Origin"/>.</summary>
    public int FileIndex { get; }

    public IEnumerable<Visit> Visits => read(this);

    /// <summary>What was read, for people (rows, format, skipped resources); empty until the file has been read.</summary>
    public string Summary { get; internal set; } = "";

    public List<string> Warnings { get; } = [];

    /// <summary>What the low half of an origin counts: "line" (CSV, NDJSON) or "entry" (a Bundle's entries, from 1).</summary>
    public string Unit { get; internal set; } = "line";

    /// <summary>The <see cref="Visit.Origin"/> of a visit on <paramref name="line"/> of file <paramref name="fileIndex"/>.</summary>
    public static long Origin(int fileIndex, int line) => ((long)fileIndex << 32) | (uint)line;

    /// <summary>The file index and line (or entry number) of an origin.</summary>
    public static (int FileIndex, int Line) Locate(long origin) => ((int)(origin >> 32), (int)(origin & uint.MaxValue));
}
