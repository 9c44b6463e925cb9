using System.Text;
using Akutprognos.Ingest.Csv;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Csv;

public sealed class CsvDialectTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    string WriteBytes(byte[] bytes)
    {
        var path = folder.PathOf("input.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Detect_Utf8Commas_ReadsUtf8AndComma()
    {
        var dialect = CsvDialect.Detect(folder.Write("input.csv", "site,timestamp,count\nSödersjukhuset,2024-03-05T10:00,1\n"));

        Assert.Equal("read as UTF-8, ','-separated", dialect.ToString());
    }

    [Fact]
    public void Detect_Windows1252SemicolonsLateInFile_ReadsWindows1252()
    {
        // The only non-ASCII byte is far past the first buffer: the whole file must be checked.
        var text = "site;date;count\n" + string.Concat(Enumerable.Repeat("A;2024-03-05;1\n", 10_000)) + "Skärholmen;2024-03-06;2\n";

        var dialect = CsvDialect.Detect(WriteBytes(CsvDialect.Windows1252.GetBytes(text)));

        Assert.Equal("read as Windows-1252, ';'-separated", dialect.ToString());
    }

    [Fact]
    public void Detect_SemicolonsWithDecimalCommasInRows_ReadsSemicolonFromHeader()
    {
        var dialect = CsvDialect.Detect(folder.Write("input.csv", "date;count\n2024-03-05;1,5\n"));

        Assert.Equal(';', dialect.Delimiter);
    }

    [Fact]
    public void Detect_Utf16_FailsAskingForUtf8()
    {
        var error = Assert.Throws<InputException>(() => CsvDialect.Detect(WriteBytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("date,count\n")).ToArray())));

        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_Utf8WithBom_ReadsUtf8()
    {
        var dialect = CsvDialect.Detect(WriteBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("date;count\n2024-03-05;1\n")]));

        Assert.Equal("read as UTF-8, ';'-separated", dialect.ToString());
    }

    [Fact]
    public void Detect_MissingFile_FailsNamingIt()
    {
        var path = folder.PathOf("missing.csv");

        var error = Assert.Throws<InputException>(() => CsvDialect.Detect(path));

        Assert.StartsWith($"{path}: the file cannot be opened", error.Message, StringComparison.Ordinal);
    }
}
