using System.Text;

namespace Akutprognos.Ingest.Csv;

/// <summary>How a CSV file was read: its text encoding and field delimiter.</summary>
public sealed record CsvDialect(Encoding Encoding, char Delimiter)
{
    /// <summary>Windows-1252, what Excel on a Swedish Windows saves as "CSV (semicolon separated)".</summary>
    public static Encoding Windows1252 { get; } = CodePage1252();

    /// <summary>"UTF-8" or "Windows-1252".</summary>
    public string EncodingName => Encoding.CodePage == 1252 ? "Windows-1252" : "UTF-8";

    /// <summary>For the command line's stderr, e.g. <c>read as Windows-1252, ';'-separated</c>.</summary>
    public override string ToString() => $"read as {EncodingName}, '{Delimiter}'-separated";

    /// <summary>
    /// Reads the whole file once: UTF-8 (with or without BOM) when every byte sequence is valid UTF-8,
    /// else Windows-1252; the delimiter is whichever of <c>;</c> and <c>,</c> the header line has more of.
    /// </summary>
    /// <exception cref="InputException">The file is missing, unreadable, empty, or UTF-16.</exception>
    public static CsvDialect Detect(string path)
    {
        try
        {
            return DetectIn(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"the file cannot be opened ({e.Message}).");
        }
    }

    static CsvDialect DetectIn(string path)
    {
        var encoding = DetectEncoding(path);
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new InputException(path, null, "the file is empty; expected a header line such as 'timestamp,count' and rows below it.");
        }
        return new CsvDialect(encoding, DelimiterOf(header));
    }

    // .NET Core ships only the Unicode encodings until the code-page provider is registered.
    static Encoding CodePage1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    static char DelimiterOf(string header)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static Encoding DetectEncoding(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        var read = stream.ReadAtLeast(buffer, 3, throwOnEndOfStream: false);
        if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
        {
            throw new InputException(path, null, "the file is saved as UTF-16; save it as UTF-8 or Windows-1252 CSV instead.");
        }
        // Line by line over the whole file: Windows-1252 text with å, ä or ö is never valid UTF-8. A file with lines
        // of both kinds (rows appended by another program) has no one reading that is right, so it is refused.
        var lines = new EncodingLines();
        var filled = read;
        var end = read == 0;
        var number = 1;
        while (true)
        {
            var data = buffer.AsSpan(0, filled);
            var consumed = end ? filled : data.LastIndexOf((byte)'\n') + 1;
            for (var whole = data[..consumed]; !whole.IsEmpty;)
            {
                var nl = whole.IndexOf((byte)'\n');
                lines.Add(nl < 0 ? whole : whole[..nl], number++);
                whole = nl < 0 ? [] : whole[(nl + 1)..];
            }
            if (end)
            {
                break;
            }
            var rest = filled - consumed;
            buffer.AsSpan(consumed, rest).CopyTo(buffer);
            if (rest == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            var n = stream.Read(buffer, rest, buffer.Length - rest);
            filled = rest + n;
            end = n == 0;
        }
        if (lines.FirstUtf8 is { } utf8 && lines.FirstOther is { } other)
        {
            throw new InputException(path, other, FormattableString.Invariant(
                $"this line is not UTF-8 (Windows-1252?) but line {utf8} is UTF-8: the file mixes two text encodings, so names such as Södersjukhuset would be garbled; save it again in one encoding."));
        }
        return lines.FirstOther is null ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : Windows1252;
    }

    /// <summary>The first line with valid non-ASCII UTF-8 and the first line that is not valid UTF-8.</summary>
    sealed class EncodingLines
    {
        public int? FirstUtf8 { get; private set; }

        public int? FirstOther { get; private set; }

        public void Add(ReadOnlySpan<byte> line, int number)
        {
            if (!System.Text.Unicode.Utf8.IsValid(line))
            {
                FirstOther ??= number;
            }
            else if (!System.Text.Ascii.IsValid(line))
            {
                FirstUtf8 ??= number;
            }
        }
    }
}
