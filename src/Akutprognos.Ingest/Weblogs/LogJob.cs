using System.Buffers;
using System.IO.Compression;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// A piece of reading: a byte range of a plain file (lines belong to the range their first byte is in), or a
/// whole file read as a stream (gzip, W3C). Reports its lines, the first malformed ones by line number within
/// the piece, and what went wrong with the file.
/// </summary>
internal sealed class LogJob(LogFile file, int piece, long start, long end)
{
    /// <summary>Longer lines are malformed: no access log line is near this long, garbage often is.</summary>
    public const int MaxLineBytes = 64 * 1024;

    const int BlockBytes = 1 << 20;
    const int SamplesKept = 5;

    public LogFile File => file;

    public int Piece => piece;

    public long Lines { get; private set; }

    public List<(long Line, string Problem)> Malformed { get; } = [];

    public string? Note { get; private set; }

    /// <summary>True when the file could not be read to its end (damaged or cut gzip, a read error): what was read is partial.</summary>
    public bool Damaged { get; private set; }

    /// <summary>The whole file as one stream.</summary>
    public static LogJob Whole(LogFile file) => new(file, 0, 0, -1);

    public void Run(VisitorTally tally, WeblogOptions options)
    {
        var parser = file.Parser(options);
        try
        {
            if (end < 0)
            {
                RunStream(parser, tally, options.Progress);
            }
            else
            {
                RunRange(parser, tally, options.Progress);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Note = $"reading stopped after line {Lines} of this part: {e.Message}";
            Damaged = true;
        }
        if (parser.FileNote is { } note)
        {
            Note = Note is null ? note : Note + "; " + note;
        }
    }

    void RunRange(ILogParser parser, VisitorTally tally, ScanProgress? progress)
    {
        using var handle = System.IO.File.OpenHandle(file.Path);
        var readStart = start == 0 ? 0 : start - 1;
        var readEnd = Math.Min(file.Length, end + MaxLineBytes + 1);
        var buffer = tally.Buffer((int)(readEnd - readStart));
        {
            var filled = 0;
            while (filled < readEnd - readStart)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(filled, (int)(readEnd - readStart) - filled), readStart + filled);
                if (n == 0)
                {
                    break;
                }
                filled += n;
            }
            var data = buffer.AsSpan(0, filled);
            var position = 0;
            if (start > 0)
            {
                var first = data.IndexOf((byte)'\n');
                position = first < 0 ? filled : first + 1;
            }
            var limit = (int)(end - readStart);
            while (position < limit && position < filled)
            {
                var length = data[position..].IndexOf((byte)'\n');
                if (length < 0)
                {
                    if (readStart + filled == file.Length)
                    {
                        Line(data[position..], parser, tally);
                    }
                    else
                    {
                        Overlong(tally);
                    }
                    break;
                }
                Line(data.Slice(position, length), parser, tally);
                position += length + 1;
            }
            progress?.Add(end - start);
        }
    }

    void RunStream(ILogParser parser, VisitorTally tally, ScanProgress? progress)
    {
        using var raw = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        using Stream input = file.Gzip ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        var buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        var filled = 0;
        var discarding = false;
        long reported = 0;
        long decompressed = 0;
        try
        {
            while (true)
            {
                int n;
                try
                {
                    n = input.Read(buffer, filled, buffer.Length - filled);
                }
                catch (InvalidDataException)
                {
                    Note = $"the gzip data is damaged after line {Lines}; the rest of the file was not read";
                    Damaged = true;
                    n = 0;
                }
                progress?.Add(raw.Position - reported);
                reported = raw.Position;
                decompressed += n;
                if (n == 0)
                {
                    if (filled > 0 && !discarding)
                    {
                        Line(buffer.AsSpan(0, filled), parser, tally);
                    }
                    break;
                }
                var data = buffer.AsSpan(0, filled + n);
                var consumed = 0;
                if (discarding)
                {
                    var nl = data.IndexOf((byte)'\n');
                    if (nl < 0)
                    {
                        filled = 0;
                        continue;
                    }
                    consumed = nl + 1;
                    discarding = false;
                }
                var last = data.LastIndexOf((byte)'\n');
                if (last >= consumed)
                {
                    ReadLines(data[consumed..(last + 1)], parser, tally);
                    consumed = last + 1;
                }
                var rest = data.Length - consumed;
                if (rest > MaxLineBytes)
                {
                    Overlong(tally);
                    discarding = true;
                    filled = 0;
                }
                else
                {
                    data[consumed..].CopyTo(buffer);
                    filled = rest;
                }
            }
            if (file.Gzip && Note is null && !TrailerAgrees(raw, decompressed))
            {
                Note = $"the gzip data ends early or is damaged (after line {Lines})";
                Damaged = true;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A gzip member ends with its uncompressed size mod 2^32; a cut file ends with compressed data instead.
    static bool TrailerAgrees(FileStream raw, long decompressed)
    {
        if (raw.Length < 18)
        {
            return false;
        }
        Span<byte> size = stackalloc byte[4];
        RandomAccess.Read(raw.SafeFileHandle, size, raw.Length - 4);
        return BitConverter.ToUInt32(size) == (uint)decompressed || decompressed == 0;
    }

    void ReadLines(ReadOnlySpan<byte> block, ILogParser parser, VisitorTally tally)
    {
        while (!block.IsEmpty)
        {
            var nl = block.IndexOf((byte)'\n');
            if (nl < 0)
            {
                Line(block, parser, tally);
                return;
            }
            Line(block[..nl], parser, tally);
            block = block[(nl + 1)..];
        }
    }

    void Line(ReadOnlySpan<byte> line, ILogParser parser, VisitorTally tally)
    {
        Lines++;
        if (!line.IsEmpty && line[^1] == '\r')
        {
            line = line[..^1];
        }
        if (line.Length > MaxLineBytes)
        {
            Lines--;
            Overlong(tally);
            return;
        }
        var request = default(LogRequest);
        switch (parser.Parse(line, ref request, out var problem))
        {
            case LineOutcome.Request:
                tally.Count(ref request);
                break;
            case LineOutcome.Skip:
                tally.Counts.Skipped++;
                break;
            default:
                tally.Counts.Malformed++;
                Bad(problem);
                break;
        }
    }

    void Overlong(VisitorTally tally)
    {
        Lines++;
        tally.Counts.Malformed++;
        Bad($"longer than {MaxLineBytes} bytes");
    }

    void Bad(string problem)
    {
        if (Malformed.Count < SamplesKept)
        {
            Malformed.Add((Lines, problem));
        }
    }
}
