using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Series;

public sealed class RegionSeriesTests
{
    static readonly DateOnly Day = new(2026, 3, 28);

    static DailyArrivals[] Rows() =>
    [
        new("A", Day, 100), new("A", Day.AddDays(1), 110),
        new("B", Day, 50), new("B", Day.AddDays(1), 60),
        new("C", Day, 7), new("C", Day.AddDays(1), 9),
    ];

    [Fact]
    public void Build_EverySiteInRegion_TotalSumsThemAll()
    {
        var region = RegionSeries.Build(Rows()).Single(s => s.Name == SeriesId.RegionKey);
        Assert.Equal([157.0, 179.0], region.Values);
    }

    [Fact]
    public void Build_SiteOutsideRegion_KeepsItsSeriesButIsLeftOutOfTheTotal()
    {
        var series = RegionSeries.Build(Rows(), site => site != "C");

        Assert.Equal(["A", "B", "C", SeriesId.RegionKey], series.Select(s => s.Name));
        Assert.Equal([150.0, 170.0], series.Single(s => s.Name == SeriesId.RegionKey).Values);
        Assert.Equal([7.0, 9.0], series.Single(s => s.Name == "C").Values);
    }

    [Fact]
    public void Build_NoSiteInRegion_HasNoTotal() =>
        Assert.DoesNotContain(RegionSeries.Build(Rows(), _ => false), s => s.Name == SeriesId.RegionKey);
}
