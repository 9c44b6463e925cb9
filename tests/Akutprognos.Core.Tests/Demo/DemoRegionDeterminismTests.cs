using Akutprognos.Core.Demo;
using Xunit.Abstractions;

namespace Akutprognos.Core.Tests.Demo;

public sealed class DemoRegionDeterminismTests(DemoFixture demo, ITestOutputHelper output) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Generate_SameSeedTwice_IdenticalLists()
    {
        var again = DemoRegion.Generate(DemoFixture.Options, DemoFixture.Calendar);

        Assert.Equal(demo.Data.Sites, again.Sites);
        Assert.Equal(demo.Data.Arrivals, again.Arrivals);
        Assert.Equal(demo.Data.Visitors, again.Visitors);
        Assert.Equal(demo.Data.Events, again.Events);
    }

    [Fact]
    public void Generate_OtherSeed_DifferentData()
    {
        var other = DemoRegion.Generate(DemoFixture.Options with { Seed = 7 }, DemoFixture.Calendar);

        Assert.NotEqual(demo.Data.Arrivals, other.Arrivals);
        Assert.NotEqual(demo.Data.Visitors, other.Visitors);
        Assert.NotEqual(demo.Data.Events, other.Events);
    }

    [Fact]
    public void Generate_Timing_IsReported()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var data = DemoRegion.Generate(DemoFixture.Options with { Seed = 11 }, DemoFixture.Calendar);
        output.WriteLine($"first run (with JIT) {demo.Elapsed.TotalMilliseconds:0} ms; warm run {stopwatch.Elapsed.TotalMilliseconds:0} ms; "
            + $"{data.Arrivals.Count} arrival rows, {data.Visitors.Count} visitor rows, {data.Events.Count} events");
        foreach (var e in demo.Data.Events)
        {
            output.WriteLine($"{e.Kind}: {e.Description}");
        }

        Assert.NotEmpty(data.Arrivals);
    }

    [Fact]
    public void DemoOptions_TwoYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoFixture.Options with { Years = 2 });
}
