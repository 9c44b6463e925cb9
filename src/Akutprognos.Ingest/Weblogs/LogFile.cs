using System.IO.Compression;
using Akutprognos.Ingest.Csv;

namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// One log file as planned for reading: its format (recognised from its first lines unless given), whether it
/// is gzip (by its magic bytes, not its name) and its size. Opening it here is what tells an unreadable file.
/// </summary>
internal sealed record LogFile(int Index, string Path, LogFormat Format, bool Gzip, long Length, string? Note)
{
    const int SampleBytes = 64 * 1024;

    /// <exception cref="InputException">The file does not exist or cannot be read.</exception>
    public static LogFile Open(int index, string path, LogFormat requested)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
            var length = stream.Length;
            Span<byte> magic = stackalloc byte[2];
            var gzip = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            stream.Position = 0;
            var sample = new byte[SampleBytes];
            var read = 0;
            string? note = null;
            try
            {
                using Stream input = gzip ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : stream;
                read = input.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
            }
            catch (InvalidDataException)
            {
                note = "the gzip data is damaged at its start";
            }
            var format = requested != LogFormat.Auto ? requested : Detect(sample.AsSpan(0, read));
            if (requested == LogFormat.Auto && format == LogFormat.Auto && read > 0)
            {
                note ??= "not a recognised access log (common, combined, W3C extended, JSON lines): its lines count as malformed";
            }
            return new LogFile(index, path, format == LogFormat.Auto ? LogFormat.Combined : format, gzip, length, note);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException(path, null, $"cannot read the log: {e.Message}");
        }
    }

    /// <summary>Common, combined and JSON lines stand alone, so a plain file of them can be split and read in parallel.</summary>
    public bool Splittable => !Gzip && Format != LogFormat.W3c;

    public ILogParser Parser(WeblogOptions options) => Format switch
    {
        LogFormat.W3c => new W3cLogParser(),
        LogFormat.Json => new JsonLogParser(options.JsonFields, options.UseVisitorId),
        _ => new CombinedLogParser(),
    };

    /// <summary>The format of the first lines that say what they are; <see cref="LogFormat.Auto"/> when none do.</summary>
    internal static LogFormat Detect(ReadOnlySpan<byte> sample)
    {
        var looked = 0;
        while (!sample.IsEmpty && looked < 20)
        {
            var end = sample.IndexOf((byte)'\n');
            var line = (end < 0 ? sample : sample[..end]).TrimEnd("\r"u8).Trim((byte)' ');
            sample = end < 0 ? [] : sample[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }
            looked++;
            if (line.StartsWith("#Fields:"u8) || line.StartsWith("#Software:"u8) || line.StartsWith("#Version:"u8) || line.StartsWith("#Date:"u8))
            {
                return LogFormat.W3c;
            }
            if (line[0] == '{')
            {
                return LogFormat.Json;
            }
            if (CombinedLogParser.Looks(line, out var hasAgent))
            {
                return hasAgent ? LogFormat.Combined : LogFormat.Common;
            }
        }
        return LogFormat.Auto;
    }
}
