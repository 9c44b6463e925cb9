using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using Akutprognos.Ingest.Csv;
using Akutprognos.Ingest.Weblogs;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Weblogs;

public sealed class PrivacyPrimitivesTests
{
    [Theory]
    // SipHash-2-4 reference vectors: key 00..0f, message 00..(n-1) (Aumasson and Bernstein, vectors.h and appendix A).
    [InlineData(0, 0x726fdb47dd0e0e31UL)]
    [InlineData(1, 0x74f839c593dc67fdUL)]
    [InlineData(2, 0x0d6c8009d9a94f5aUL)]
    [InlineData(15, 0xa129ca6149be45e5UL)]
    public void SipHash_ReferenceVectors_Match(int length, ulong expected)
    {
        var hash = new SipHash(0x0706050403020100UL, 0x0f0e0d0c0b0a0908UL);

        Assert.Equal(expected, hash.Hash([.. Enumerable.Range(0, length).Select(i => (byte)i)]));
    }

    [Fact]
    public void ForDay_SameSecretSameDay_SameHashOtherDayOrSecretDifferent()
    {
        var secret = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");
        var visitor = "10.0.0.1\u00ffMozilla"u8.ToArray();
        var day = new DateOnly(2025, 1, 6);

        var first = VisitorKey.FromSecret(secret).ForDay(day).Hash(visitor);

        Assert.Equal(first, VisitorKey.FromSecret(secret).ForDay(day).Hash(visitor));
        Assert.NotEqual(first, VisitorKey.FromSecret(secret).ForDay(day.AddDays(1)).Hash(visitor));
        Assert.NotEqual(first, VisitorKey.FromSecret(Encoding.ASCII.GetBytes("another secret of 32 bytes......")).ForDay(day).Hash(visitor));
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void LoadOrCreate_NoFile_CreatesPrivateFileAndReadsSameKeyBack()
    {
        using var folder = new ScratchFolder();
        var path = Path.Combine(folder.Path, "config", "visitor.key");

        var created = VisitorKey.LoadOrCreate(path);
        var again = VisitorKey.LoadOrCreate(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(created.ForDay(new DateOnly(2025, 1, 6)).Hash("x"u8), again.ForDay(new DateOnly(2025, 1, 6)).Hash("x"u8));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        Assert.Contains("chmod 600", Assert.Throws<InputException>(() => VisitorKey.LoadOrCreate(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsCrawler_EveryInstanceOfTheMaintainedList_IsCrawler()
    {
        using var stream = typeof(WeblogReader).Assembly.GetManifestResourceStream("Akutprognos.Ingest.Weblogs.crawler-user-agents.json")!;
        using var document = JsonDocument.Parse(stream);
        var instances = document.RootElement.EnumerateArray()
            .SelectMany(e => e.TryGetProperty("instances", out var i) ? i.EnumerateArray().Select(x => x.GetString()!) : []).ToList();

        Assert.True(instances.Count > 1000);
        Assert.DoesNotContain(instances, i => !CrawlerAgents.IsCrawler(i));
        Assert.True(CrawlerAgents.ListedPatterns > 1000);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1)", true)]
    [InlineData("SomeCRAWLer", true)]
    [InlineData("Yahoo! Slurp", true)]
    [InlineData("python-requests/2.31", true)]
    [InlineData("curl/8.0", true)]
    [InlineData("Wget/1.21", true)]
    [InlineData("Go-http-client/2.0", true)]
    [InlineData("Java/17.0.2", true)]
    [InlineData("libwww-perl/6.0", true)]
    [InlineData("Mozilla/5.0 (X11) HeadlessChrome/120.0", true)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", false)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1", false)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0", false)]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36", false)]
    [InlineData("", false)]
    public void IsCrawler_Agent_FollowsRule(string agent, bool crawler) => Assert.Equal(crawler, CrawlerAgents.IsCrawler(agent));
}
