using System.IO.Compression;
using Akutprognos.Core.Calendar;
using Akutprognos.Ingest.Weblogs;
using Akutprognos.TestSupport;

namespace Akutprognos.Ingest.Tests.Weblogs;

public sealed class WeblogReaderTests
{
    // Spans the spring clock change in Stockholm (2025-03-30 02:00 → 03:00).
    static readonly DateTimeOffset Start = new(2025, 3, 29, 20, 0, 0, TimeSpan.Zero);

    static readonly TimeZoneInfo Stockholm = LocalDays.Stockholm;

    internal static SortedDictionary<DateTimeOffset, int> Counted(WeblogResult result, string signal = "all") =>
        new(result.Hourly(signal).ToDictionary(h => h.Hour, h => h.Visitors));

    [Fact]
    public void Read_GeneratedCombinedLog_EqualsIndependentCountEveryHour()
    {
        var traffic = SyntheticTraffic.Create(seed: 1, count: 30_000, Start, hours: 30);
        using var folder = new ScratchFolder();
        var path = folder.Write("access.log", string.Join('\n', traffic.Combined(TimeZoneInfo.Utc)) + "\n");

        // Tiny pieces put a piece boundary inside almost every line.
        var result = new WeblogReader(new WeblogOptions()) { PieceBytes = 777 }.Read([path]);

        var expected = traffic.Expected(Stockholm);
        Assert.Equal(30, expected.Count);
        Assert.Equal(expected, Counted(result));
        Assert.Equal(30_000, result.Counts.Lines);
        Assert.Equal(0, result.Counts.Malformed);
    }

    [Fact]
    public void Read_SignalRule_CountsOnlyMatchingPathsInSamePass()
    {
        var traffic = SyntheticTraffic.Create(seed: 2, count: 5_000, Start, hours: 10);
        using var folder = new ScratchFolder();
        var path = folder.Write("access.log", string.Join('\n', traffic.Combined(Stockholm)));
        var options = new WeblogOptions { Signals = [SignalRule.All, SignalRule.Parse("symptoms=/sjukdomar--besvar/**")] };

        var result = new WeblogReader(options).Read([path]);

        Assert.Equal(traffic.Expected(Stockholm), Counted(result));
        Assert.Equal(traffic.Expected(Stockholm, "/sjukdomar--besvar"), Counted(result, "symptoms"));
    }

    [Fact]
    public void Read_SplitOverGzipAndPlainFilesInAnyOrder_EqualsOneFile()
    {
        var traffic = SyntheticTraffic.Create(seed: 3, count: 9_000, Start, hours: 12);
        var lines = traffic.Combined(Stockholm).ToList();
        using var folder = new ScratchFolder();
        var late = folder.Write("b.log", string.Join('\n', lines.Skip(6000)));
        var middle = folder.PathOf("a.log.gz");
        using (var gzip = new GZipStream(File.Create(middle), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write(string.Join('\n', lines.Skip(3000).Take(3000)) + "\n");
        }
        folder.Write("c.log", string.Join('\n', lines.Take(3000)));

        var result = new WeblogReader(new WeblogOptions()).Read([late, middle, Path.Combine(folder.Path, "c*.log")]);

        Assert.Equal(traffic.Expected(Stockholm), Counted(result));
        Assert.Equal(3, result.Files);
        Assert.Empty(result.FileNotes);
    }

    [Fact]
    public void Read_JsonLines_EqualsIndependentCount()
    {
        var traffic = SyntheticTraffic.Create(seed: 4, count: 4_000, Start, hours: 8);
        using var folder = new ScratchFolder();
        var path = folder.Write("cdn.jsonl", string.Join('\n', traffic.Json()));

        var result = new WeblogReader(new WeblogOptions()).Read([path]);

        Assert.Equal(traffic.Expected(Stockholm), Counted(result));
        Assert.Equal(0, result.Counts.Malformed);
    }

    [Fact]
    public void Read_W3cLog_EqualsIndependentCount()
    {
        var traffic = SyntheticTraffic.Create(seed: 5, count: 4_000, Start, hours: 8);
        using var folder = new ScratchFolder();
        var path = folder.Write("u_ex250329.log", string.Join("\r\n", traffic.W3c()));

        var result = new WeblogReader(new WeblogOptions()).Read([path]);

        Assert.Equal(traffic.Expected(Stockholm), Counted(result));
        Assert.Equal(0, result.Counts.Malformed);
        Assert.Equal(2, result.Counts.Skipped);
    }

    [Fact]
    public void Read_OutOfOrderLines_SameCountsAsInOrder()
    {
        var traffic = SyntheticTraffic.Create(seed: 6, count: 5_000, Start, hours: 10);
        var lines = traffic.Combined(Stockholm).ToList();
        var shuffled = lines.OrderBy(_ => Random.Shared.Next()).ToList();
        using var folder = new ScratchFolder();

        var inOrder = new WeblogReader(new WeblogOptions()).Read([folder.Write("a.log", string.Join('\n', lines))]);
        var mixed = new WeblogReader(new WeblogOptions()).Read([folder.Write("b.log", string.Join('\n', shuffled))]);

        Assert.Equal(Counted(inOrder), Counted(mixed));
    }

    [Fact]
    public void Read_OtherZone_HoursFollowThatZonesClock()
    {
        var traffic = SyntheticTraffic.Create(seed: 7, count: 3_000, Start, hours: 6);
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        using var folder = new ScratchFolder();
        var path = folder.Write("a.log", string.Join('\n', traffic.Combined(Stockholm)));

        var result = new WeblogReader(new WeblogOptions { TimeZone = kolkata }).Read([path]);

        Assert.Equal(traffic.Expected(kolkata), Counted(result));
        // Kolkata is UTC+05:30: its hours start at half past in UTC.
        Assert.All(result.Hourly("all"), h => Assert.Equal((0, 30), (TimeZoneInfo.ConvertTime(h.Hour, kolkata).Minute, h.Hour.UtcDateTime.Minute)));
    }
}
