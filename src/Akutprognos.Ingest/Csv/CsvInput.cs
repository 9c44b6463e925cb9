using Sylvan.Data.Csv;

namespace Akutprognos.Ingest.Csv;

/// <summary>
/// One CSV file being read, row by row: the header, the current row's fields and physical line, and what
/// the read has to report (rows, dropped duplicates, warnings). Every parse error is raised through
/// <see cref="Error"/> so it names this file and line.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    readonly CsvDataReader reader;
    readonly List<string> warnings = [];
    int newlinesInFields;

    CsvInput(string file, CsvDialect dialect, CsvDataReader reader)
    {
        File = file;
        Dialect = dialect;
        this.reader = reader;
        Header = [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim())];
        newlinesInFields = Header.Sum(CountNewlines);
    }

    public string File { get; }

    public CsvDialect Dialect { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The physical line the current row starts on (the header is line 1).</summary>
    public int Line { get; private set; } = 1;

    public int RowsRead { get; private set; }

    public int DuplicateRowsDropped { get; set; }

    public static CsvInput Open(string path)
    {
        var dialect = CsvDialect.Detect(path);
        var text = new StreamReader(path, dialect.Encoding, detectEncodingFromByteOrderMarks: true);
        // Comments are off: a '#' in these files is data, and skipped lines would break line numbers.
        var options = new CsvDataReaderOptions { Delimiter = dialect.Delimiter, HasHeaders = true, Comment = '\0' };
        try
        {
            return new CsvInput(path, dialect, CsvDataReader.Create(text, options));
        }
        catch (CsvFormatException e)
        {
            text.Dispose();
            throw new InputException(path, 1, $"the header line is not valid CSV ({e.Message}).");
        }
    }

    /// <summary>
    /// Moves to the next row that is not blank. Rows with a different number of fields than the header are
    /// an error. After the last row, a file that had no rows at all is an error too.
    /// </summary>
    public bool Read()
    {
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (CsvFormatException e)
            {
                throw new InputException(File, reader.RowNumber + 1 + newlinesInFields, $"this line is not valid CSV ({e.Message}).");
            }
            if (!more)
            {
                return RowsRead > 0 ? false : throw new InputException(File, null, "the file has a header but no rows.");
            }
            Line = reader.RowNumber + 1 + newlinesInFields;
            var fields = reader.RowFieldCount;
            for (var i = 0; i < fields; i++)
            {
                newlinesInFields += CountNewlines(reader.GetFieldSpan(i));
            }
            if (fields == 1 && reader.GetFieldSpan(0).IsWhiteSpace())
            {
                continue;
            }
            if (fields != Header.Count)
            {
                throw Error(FormattableString.Invariant($"this line has {fields} fields but the header has {Header.Count} (separated by '{Dialect.Delimiter}')."));
            }
            RowsRead++;
            return true;
        }
    }

    /// <summary>The current row's field, without surrounding spaces.</summary>
    public ReadOnlySpan<char> Field(int ordinal) => reader.GetFieldSpan(ordinal).Trim();

    public InputException Error(string problem) => new(File, Line, problem);

    public InputException FileError(string problem) => new(File, null, problem);

    public void Warn(string problem) => warnings.Add($"{File}:{Line}: {problem}");

    public void WarnFile(string problem) => warnings.Add($"{File}: {problem}");

    public ReadReport Report() => new(Dialect, RowsRead, DuplicateRowsDropped, warnings.ToArray());

    public void Dispose() => reader.Dispose();

    static int CountNewlines(string text) => CountNewlines(text.AsSpan());

    static int CountNewlines(ReadOnlySpan<char> text) => text.Count('\n');
}
