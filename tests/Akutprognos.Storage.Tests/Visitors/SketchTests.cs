using Akutprognos.Core.Traffic;

namespace Akutprognos.Storage.Tests.Visitors;

public sealed class SketchTests
{
    static readonly DateTimeOffset Evening = new(2025, 1, 6, 17, 0, 0, TimeSpan.Zero);

    /// <summary>One server's view of an hour: visitors numbered from..to (inclusive), hashed as a run would.</summary>
    static HourlySketch Server(DateTimeOffset hour, int from, int to, string signal = "all")
    {
        var sketch = new VisitorSketch();
        for (var v = from; v <= to; v++)
        {
            sketch.Add(Mix((ulong)v));
        }
        return new HourlySketch(signal, hour, to - from + 1, sketch);
    }

    // SplitMix64's finaliser: distinct inputs, uniform outputs, as keyed visitor hashes are.
    static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportVisitorSketches_FirstRun_StoresExactCounts(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();

        var result = database.ImportVisitorSketches([Server(Evening, 1, 1234), Server(Evening.AddHours(1), 1, 999), Server(Evening, 1, 77, "symptoms")], "a.log");

        Assert.Equal(new ImportResult(0, 3, 0, 0), result);
        Assert.Equal([1234, 999], database.Visitors("all").Select(v => v.Visitors));
        Assert.Equal(77, Assert.Single(database.Visitors("symptoms")).Visitors);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportVisitorSketches_SameRunTwiceOrASubset_LeavesDataTablesIdentical(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportVisitorSketches([Server(Evening, 1, 5000), Server(Evening.AddHours(1), 1, 20)], "a.log");
        var afterFirst = test.DumpDataTables();

        var again = database.ImportVisitorSketches([Server(Evening, 1, 5000), Server(Evening.AddHours(1), 1, 20)], "a.log");
        var subset = database.ImportVisitorSketches([Server(Evening, 100, 2000)], "a-part.log");

        Assert.Equal(new ImportResult(0, 0, 0, 2), again);
        Assert.Equal(new ImportResult(0, 0, 0, 1), subset);
        Assert.Equal(afterFirst, test.DumpDataTables());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Backends), MemberType = typeof(TestDatabase))]
    public void ImportVisitorSketches_SecondServerSameHour_StoresUnionNotSum(string backend)
    {
        using var test = TestDatabase.Create(backend);
        using var database = test.Open();
        database.ImportVisitorSketches([Server(Evening, 1, 30_000)], "web1.log");

        var result = database.ImportVisitorSketches([Server(Evening, 20_001, 50_000)], "web2.log");

        // Union 50,000 (not the sum 60,000), within three standard errors of the sketch.
        Assert.Equal(new ImportResult(0, 0, 1, 0), result);
        var stored = Assert.Single(database.Visitors("all")).Visitors;
        Assert.InRange(stored, 50_000 * (1 - (3 * VisitorSketch.StandardError)), 50_000 * (1 + (3 * VisitorSketch.StandardError)));
        Assert.Equal(new ImportResult(0, 0, 0, 1), database.ImportVisitorSketches([Server(Evening, 1, 30_000)], "web1.log"));
    }
}
