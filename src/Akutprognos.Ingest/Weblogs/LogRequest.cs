namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// One request as read from a log line, as views into the line's bytes (nothing is copied). A field the
/// log does not record is empty (method, agent) or -1 (status): an unrecorded field drops no request.
/// </summary>
internal ref struct LogRequest
{
    public ReadOnlySpan<byte> Client;
    public ReadOnlySpan<byte> Agent;
    public ReadOnlySpan<byte> Method;
    public ReadOnlySpan<byte> Target;
    public ReadOnlySpan<byte> VisitorId;
    public int Status;
    public long UtcSeconds;

    /// <summary>W3C logs write spaces in the agent as '+'.</summary>
    public bool AgentPlusForSpace;
}

/// <summary>What a parser made of a line.</summary>
internal enum LineOutcome
{
    /// <summary>A request, in the <see cref="LogRequest"/>.</summary>
    Request,

    /// <summary>A blank line, a directive or comment, or a record that is no web request (e.g. a firewall log).</summary>
    Skip,

    /// <summary>A line that does not follow the format; the parser's problem text says why.</summary>
    Malformed,
}

/// <summary>Reads the lines of one format. An instance belongs to one thread and one file (W3C keeps its #Fields).</summary>
internal interface ILogParser
{
    /// <summary>Parses <paramref name="line"/> (without its line break) into <paramref name="request"/>; on <see cref="LineOutcome.Malformed"/> <paramref name="problem"/> says why.</summary>
    LineOutcome Parse(ReadOnlySpan<byte> line, ref LogRequest request, out string problem);

    /// <summary>A note about the file as a whole that the parser has gathered (e.g. "#Fields lacks cs-uri-stem"), or null.</summary>
    string? FileNote { get; }
}

/// <summary>Small byte-span operations the parsers share.</summary>
internal static class LineBytes
{
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <summary>Splits at every <paramref name="separator"/> into <paramref name="fields"/>; returns how many fields there are (at most its length, the last taking the rest).</summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields, byte separator)
    {
        var count = 0;
        var start = 0;
        while (count < fields.Length - 1)
        {
            var at = line[start..].IndexOf(separator);
            if (at < 0)
            {
                break;
            }
            fields[count++] = new Range(start, start + at);
            start += at + 1;
        }
        fields[count++] = new Range(start, line.Length);
        return count;
    }
}
