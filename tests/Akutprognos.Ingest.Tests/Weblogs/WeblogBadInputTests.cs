using System.IO.Compression;
using System.Text;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Weblogs;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Weblogs;

public sealed class WeblogBadInputTests
{
    const string Good = "10.1.2.3 - - [06/Jan/2025:18:01:00 +0100] \"GET /a HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0\"";

    static WeblogResult Read(params string[] paths) => new WeblogReader(new WeblogOptions()).Read(paths);

    [Fact]
    public void Read_TruncatedGzip_CountsWhatWasReadAndNotesTheFile()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("cut.log.gz");
        var lines = Enumerable.Range(0, 20_000).Select(i => Good.Replace("10.1.2.3", $"10.1.{i / 250}.{i % 250}", StringComparison.Ordinal));
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        }
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var result = Read(path);

        Assert.InRange(result.Counts.Lines, 1, 19_999);
        Assert.Contains(result.FileNotes, n => n.Contains("cut.log.gz", StringComparison.Ordinal) && n.Contains("gzip", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BinaryGarbage_CountsMalformedLinesWithNumbers()
    {
        using var folder = new ScratchFolder();
        var garbage = folder.PathOf("garbage.bin");
        File.WriteAllBytes(garbage, [.. Enumerable.Range(0, 100_000).Select(i => (byte)((i * 7919) % 251))]);

        var result = Read(garbage);

        Assert.True(result.Counts.Malformed > 0);
        Assert.Equal(result.Counts.Lines, result.Counts.Malformed + result.Counts.Skipped);
        Assert.StartsWith(garbage + ":", result.MalformedLines[0], StringComparison.Ordinal);
        Assert.Empty(result.Hourly("all"));
    }

    [Fact]
    public void Read_OneMegabyteLineAndInvalidUtf8_ReportsLineAndCountsTheRest()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("mixed.log");
        var invalid = Encoding.UTF8.GetBytes(Good.Replace("Mozilla/5.0", "Mozilla\u00e9", StringComparison.Ordinal).Replace("10.1.2.3", "10.9.9.9", StringComparison.Ordinal));
        invalid[^3] = 0xC3;
        invalid[^2] = 0x28;
        using (var file = File.Create(path))
        {
            file.Write(Encoding.UTF8.GetBytes(Good + "\n" + "x" + new string('a', 1 << 20) + "\n"));
            file.Write(invalid);
            file.Write("\n"u8);
            file.Write(Encoding.UTF8.GetBytes(Good.Replace("10.1.2.3", "10.1.2.4", StringComparison.Ordinal) + "\n"));
        }

        var result = new WeblogReader(new WeblogOptions()) { PieceBytes = 4096 }.Read([path]);

        Assert.Equal(4, result.Counts.Lines);
        Assert.Equal(1, result.Counts.Malformed);
        Assert.Equal($"{path}:2: longer than 65536 bytes", Assert.Single(result.MalformedLines));
        Assert.Equal(3, Assert.Single(result.Hourly("all")).Visitors);
    }

    [Fact]
    public void Read_MissingFile_ThrowsInputExceptionNamingIt()
    {
        using var folder = new ScratchFolder();
        var missing = folder.PathOf("nowhere.log");

        var error = Assert.Throws<InputException>(() => Read(missing));

        Assert.Equal(missing, error.File);
        Assert.Throws<InputException>(() => Read(folder.PathOf("*.gz")));
        Assert.Throws<InputException>(() => Read(folder.Path));
    }

    [SkippableFact]
    public void Read_MutatedRealLines_NeverThrowsAndEveryLineLandsInOneCount()
    {
        var sample = File.ReadAllLines(RealData.RequireFile("weblogs/apache-combined-semicomplete-2015.log")).Take(400).ToArray();
        var random = new Random(20150517);
        using var folder = new ScratchFolder();
        for (var round = 0; round < 40; round++)
        {
            var bytes = new List<byte>();
            foreach (var line in sample.OrderBy(_ => random.Next()).Take(100))
            {
                var b = Encoding.UTF8.GetBytes(line).ToList();
                for (var m = random.Next(4); m > 0 && b.Count > 0; m--)
                {
                    var at = random.Next(b.Count);
                    switch (random.Next(4))
                    {
                        case 0: b[at] = (byte)random.Next(256); break;
                        case 1: b.RemoveRange(at, Math.Min(b.Count - at, random.Next(1, 30))); break;
                        case 2: b.Insert(at, (byte)"\"[] \\\n\r{"[random.Next(8)]); break;
                        default: b.InsertRange(at, Encoding.UTF8.GetBytes(sample[random.Next(sample.Length)])[..random.Next(1, 40)]); break;
                    }
                }
                bytes.AddRange(b);
                bytes.Add((byte)'\n');
            }
            var path = folder.PathOf($"fuzz{round}.log");
            File.WriteAllBytes(path, [.. bytes]);
            foreach (var format in new[] { LogFormat.Auto, LogFormat.Combined, LogFormat.W3c, LogFormat.Json })
            {
                var result = new WeblogReader(new WeblogOptions { Format = format }) { PieceBytes = 1 + random.Next(4096) }.Read([path]);
                var c = result.Counts;

                Assert.Equal(c.Lines, c.PageViews + c.Crawlers + c.Assets + c.Errors + c.OtherMethods + c.Malformed + c.Skipped);
                Assert.Equal(bytes.Count(b => b == '\n'), c.Lines);
                Assert.InRange(result.Hourly("all").Sum(h => (long)h.Visitors), 0, c.PageViews);
            }
        }
    }
}
