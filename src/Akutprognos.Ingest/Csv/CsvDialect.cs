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
        // A strict decoder over the whole file: Windows-1252 text with å, ä or ö anywhere is never valid UTF-8.
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[buffer.Length + 4];
        try
        {
            while (read > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
                read = stream.Read(buffer, 0, buffer.Length);
            }
            decoder.GetChars(buffer, 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252;
        }
    }
}
