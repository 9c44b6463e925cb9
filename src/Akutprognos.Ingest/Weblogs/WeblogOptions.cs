using Akutprognos.Core.Calendar;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>The formats <see cref="WeblogReader"/> reads; <see cref="Auto"/> recognises each file from its first lines.</summary>
public enum LogFormat
{
    Auto,
    Common,
    Combined,
    W3c,
    Json,
}

/// <summary>How to read access logs into hourly visitors.</summary>
public sealed record WeblogOptions
{
    public LogFormat Format { get; init; } = LogFormat.Auto;

    /// <summary>Visitors are counted per local clock hour of this zone. Default: Europe/Stockholm.</summary>
    public TimeZoneInfo TimeZone { get; init; } = LocalDays.Stockholm;

    /// <summary>The signals counted in one pass, each by its path rule. Default: <see cref="SignalRule.All"/>.</summary>
    public IReadOnlyList<SignalRule> Signals { get; init; } = [SignalRule.All];

    public JsonFields JsonFields { get; init; } = new();

    /// <summary>Count JSON logs' visitor id field (<see cref="JsonFields.VisitorId"/>) as the visitor, where a line has one.</summary>
    public bool UseVisitorId { get; init; }

    /// <summary>The key visitors are hashed with. Default: a random key of this process alone.</summary>
    public VisitorKey Key { get; init; } = VisitorKey.Ephemeral();

    /// <summary>Threads that parse at once. Default: one per core.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Bytes read so far, for a progress display; may be null.</summary>
    public ScanProgress? Progress { get; init; }
}

/// <summary>How far a read has come, updated from the reading threads.</summary>
public sealed class ScanProgress
{
    long bytesRead;

    /// <summary>Bytes of all files (compressed size for .gz).</summary>
    public long TotalBytes { get; internal set; }

    public long BytesRead => Interlocked.Read(ref bytesRead);

    internal void Add(long bytes) => Interlocked.Add(ref bytesRead, bytes);
}
