using System.Globalization;
using System.Text;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

public sealed class WeblogCommandsTests
{
    static readonly string[] Addresses = ["203.0.113.17", "198.51.100.201", "2001:db8:a0b:12f0::77"];

    /// <summary>Three visitors in the 18:00 hour (Stockholm), one of them twice; a crawler; an asset; a bad line.</summary>
    static string Log() => string.Join('\n',
        $"{Addresses[0]} - - [06/Jan/2025:18:01:00 +0100] \"GET /a HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0 (X11)\"",
        $"{Addresses[0]} - - [06/Jan/2025:18:02:00 +0100] \"GET /sjukdomar--besvar/feber/ HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0 (X11)\"",
        $"{Addresses[1]} - - [06/Jan/2025:18:03:00 +0100] \"GET /sjukdomar--besvar/ HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0 (Mac)\"",
        $"{Addresses[2]} - - [06/Jan/2025:18:59:59 +0100] \"POST /b HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0 (Android)\"",
        $"{Addresses[2]} - - [06/Jan/2025:19:00:00 +0100] \"GET /app.js HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0 (Android)\"",
        $"{Addresses[1]} - - [06/Jan/2025:19:10:00 +0100] \"GET / HTTP/1.1\" 200 10 \"-\" \"Googlebot/2.1\"",
        "this line is no log line") + "\n";

    static void AssertNoAddress(string text, string where)
    {
        foreach (var address in Addresses)
        {
            Assert.False(text.Contains(address, StringComparison.Ordinal), $"{address} found in {where}");
        }
    }

    [Fact]
    public void Visitors_Log_WritesHourlyCsvAndSummaryWithoutAddresses()
    {
        using var folder = new ScratchFolder();
        var log = folder.Write("access.log", Log());
        var csv = folder.PathOf("visitors.csv");

        var run = Cli.Akutprognos(null, "visitors", log, "--out", csv, "--signal-rule", "symptoms=/sjukdomar--besvar/**");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("hour,visitors,symptoms\n2025-01-06T18:00:00+01:00,3,2\n", File.ReadAllText(csv));
        Assert.Contains("7 lines", run.Error, StringComparison.Ordinal);
        Assert.Contains($"malformed: {log}:7:", run.Error, StringComparison.Ordinal);
        AssertNoAddress(run.Out + run.Error + File.ReadAllText(csv), "the output");
    }

    [Fact]
    public void Visitors_MissingFile_ExitsNonZeroNamingIt()
    {
        using var folder = new ScratchFolder();
        var missing = folder.PathOf("missing.log");

        var run = Cli.Akutprognos(null, "visitors", folder.Write("ok.log", Log()), missing);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void IngestWeblog_Twice_SameDataAndNoAddressInDatabaseBytes()
    {
        using var folder = new ScratchFolder();
        var log = folder.Write("access.log", Log());
        var db = folder.PathOf("akutprognos.db");
        var environment = new Dictionary<string, string> { ["AKUTPROGNOS_KEY_FILE"] = folder.PathOf("key/visitor.key") };

        var first = Cli.Akutprognos(environment, "ingest", "weblog", log, "--db", db, "--signal-rule", "symptoms=/sjukdomar--besvar/**");
        var second = Cli.Akutprognos(environment, "ingest", "weblog", log, "--db", db, "--signal-rule", "symptoms=/sjukdomar--besvar/**");
        var export = Cli.Akutprognos(null, "export", "visitors", "--db", db, "--signal", "symptoms");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 rows added", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 rows added, 0 changed, 2 already stored", second.Error, StringComparison.Ordinal);
        Assert.Equal("hour,visitors\n2025-01-06T18:00:00+01:00,2\n", export.Out);
        Assert.True(File.Exists(folder.PathOf("key/visitor.key")));
        foreach (var file in Directory.GetFiles(folder.Path, "akutprognos.db*"))
        {
            // As text and as the raw bytes of the addresses: neither may be stored.
            var bytes = File.ReadAllBytes(file);
            AssertNoAddress(Encoding.Latin1.GetString(bytes), file);
            AssertNoAddress(Encoding.Unicode.GetString(bytes), file);
            Assert.DoesNotContain(Addresses.Take(2), a => Contains(bytes, a.Split('.').Select(p => byte.Parse(p, CultureInfo.InvariantCulture)).ToArray()));
        }
        AssertNoAddress(first.Error + second.Error + File.ReadAllText(folder.PathOf("key/visitor.key")), "the messages or key file");
    }

    [Fact]
    public void IngestWeblog_TruncatedGzip_ExitsNonZeroAndStoresNoHour()
    {
        using var folder = new ScratchFolder();
        var gz = folder.PathOf("cut.log.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(gz), System.IO.Compression.CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 30_000).Select(i =>
                $"10.{i % 200}.{i / 200 % 200}.7 - - [06/Jan/2025:{18 + i / 10_000}:{i / 200 % 50:00}:00 +0100] \"GET /p{i} HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0\"\n"))));
        }
        var bytes = File.ReadAllBytes(gz);
        File.WriteAllBytes(gz, bytes[..(bytes.Length * 2 / 3)]);
        var db = folder.PathOf("akutprognos.db");
        var environment = new Dictionary<string, string> { ["AKUTPROGNOS_KEY_FILE"] = folder.PathOf("key/visitor.key") };

        var run = Cli.Akutprognos(environment, "ingest", "weblog", gz, "--db", db);
        var export = Cli.Akutprognos(null, "export", "visitors", "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"akutprognos: {gz}: the gzip data", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", run.Error, StringComparison.Ordinal);
        Assert.Equal("hour,visitors\n", export.Out);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("huge")]
    public void VisitorsAndIngestWeblog_NothingUsable_CountOnStderrAndExitNonZero(string kind)
    {
        using var folder = new ScratchFolder();
        var log = folder.PathOf(kind + ".log");
        switch (kind)
        {
            case "empty": File.WriteAllText(log, ""); break;
            case "garbage": File.WriteAllBytes(log, [.. Enumerable.Range(0, 100_000).Select(i => (byte)((i * 7919) % 251))]); break;
            default: File.WriteAllText(log, new string('a', 50 << 20) + "\n"); break;
        }
        var environment = new Dictionary<string, string> { ["AKUTPROGNOS_KEY_FILE"] = folder.PathOf("key/visitor.key") };

        var visitors = Cli.Akutprognos(null, "visitors", log);
        var ingest = Cli.Akutprognos(environment, "ingest", "weblog", log, "--db", folder.PathOf("akutprognos.db"));

        foreach (var run in new[] { visitors, ingest })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("1 files, ", run.Error, StringComparison.Ordinal);
            Assert.Contains($"akutprognos: {log}: ", run.Error, StringComparison.Ordinal);
            Assert.Contains("nothing was stored", run.Error, StringComparison.Ordinal);
        }
        Assert.Equal("", visitors.Out);
    }

    static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
