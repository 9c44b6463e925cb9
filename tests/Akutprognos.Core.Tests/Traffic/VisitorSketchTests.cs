using Akutprognos.Core.Traffic;

namespace Akutprognos.Core.Tests.Traffic;

public sealed class VisitorSketchTests
{
    static VisitorSketch Of(IEnumerable<ulong> hashes)
    {
        var sketch = new VisitorSketch();
        foreach (var h in hashes)
        {
            sketch.Add(h);
        }
        return sketch;
    }

    static IEnumerable<ulong> Hashes(int seed, int count)
    {
        var random = new Random(seed);
        var buffer = new byte[8];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(buffer);
            yield return BitConverter.ToUInt64(buffer);
        }
    }

    [Fact]
    public void Estimate_ManySizes_WithinThreeStandardErrors()
    {
        var errors = new List<double>();
        foreach (var n in new[] { 10, 100, 1_000, 10_000, 50_000, 200_000, 1_000_000 })
        {
            for (var seed = 0; seed < 3; seed++)
            {
                var estimate = Of(Hashes((n * 31) + seed, n)).Estimate();
                var relative = (estimate - n) / n;
                Assert.InRange(relative, -3 * VisitorSketch.StandardError, 3 * VisitorSketch.StandardError);
                errors.Add(relative);
            }
        }
        // Unbiased: the mean error over all sizes is far below one standard error.
        Assert.InRange(errors.Average(), -VisitorSketch.StandardError, VisitorSketch.StandardError);
    }

    [Fact]
    public void Estimate_Empty_IsZero() => Assert.Equal(0, new VisitorSketch().Estimate(), 6);

    [Fact]
    public void Merge_TwoServersOverlapping_EqualsSketchOfUnionAndIsIdempotent()
    {
        var all = Hashes(7, 30_000).ToArray();
        var first = Of(all[..20_000]);
        var second = Of(all[10_000..]);

        Assert.True(first.Merge(second));
        Assert.Equal(Of(all).ToBytes(), first.ToBytes());
        Assert.False(first.Merge(second));
        Assert.InRange(first.Estimate(), 30_000 * (1 - (3 * VisitorSketch.StandardError)), 30_000 * (1 + (3 * VisitorSketch.StandardError)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(3_000)]
    [InlineData(100_000)]
    public void ToBytes_SparseOrDense_RoundTripsExactly(int count)
    {
        var sketch = Of(Hashes(count, count));

        var bytes = sketch.ToBytes();
        var back = VisitorSketch.FromBytes(bytes);

        Assert.Equal(bytes, back.ToBytes());
        Assert.Equal(sketch.Estimate(), back.Estimate());
        // Sparse: one (index, rank) triple per register in use, at most one per hash.
        Assert.True(count > 10_000 ? bytes.Length == VisitorSketch.RegisterCount + 1 : bytes[0] == 2 && bytes.Length <= 1 + (3 * count));
    }

    [Fact]
    public void FromBytes_Garbage_Throws()
    {
        Assert.Throws<FormatException>(() => VisitorSketch.FromBytes([9, 1, 2]));
        Assert.Throws<FormatException>(() => VisitorSketch.FromBytes([2, 0xFF, 0xFF, 1]));
        Assert.Throws<FormatException>(() => VisitorSketch.FromBytes([2, 0, 1, 200]));
    }

    [Fact]
    public void Estimate_SmallCounts_NearlyExact()
    {
        foreach (var n in new[] { 1, 2, 17, 150, 400 })
        {
            Assert.InRange(Of(Hashes(n, n)).Estimate(), n - Math.Max(0.5, n * 0.01), n + Math.Max(0.5, n * 0.01));
        }
    }
}
