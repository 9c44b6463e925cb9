using Akutprognos.Core.Calendar;

namespace Akutprognos.Core.Tests.Demo;

public sealed class DemoRegionArrivalTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Generate_Sites_SevenStockholmEdsByExactName()
    {
        string[] expected = ["Karolinska Solna", "Karolinska Huddinge", "Södersjukhuset", "Danderyd", "S:t Göran", "Södertälje", "Norrtälje"];

        Assert.Equal(expected.Order(StringComparer.Ordinal), demo.Data.Sites.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), demo.Data.Arrivals.Select(a => a.Site).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_RegionMean_About1900PerDay()
    {
        var mean = demo.RegionByDay.Values.Average();

        Assert.InRange(mean, 1_800, 2_000);
    }

    [Fact]
    public void Generate_Norrtalje_SmallestAbout75PerDay()
    {
        var days = demo.RegionByDay.Count;
        var mean = demo.Data.Arrivals.Where(a => a.Site == "Norrtälje").Sum(a => a.Count) / (double)days;

        Assert.InRange(mean, 60, 90);
    }

    [Fact]
    public void Generate_Days_AtLeastThreeYearsEndingOnLastDay()
    {
        var dates = demo.RegionByDay.Keys.Order().ToList();

        Assert.True(dates.Count >= 3 * 365, $"{dates.Count} days");
        Assert.Equal(DemoFixture.LastDay, dates[^1]);
        Assert.Equal(dates.Count, dates[^1].DayNumber - dates[0].DayNumber + 1);
    }

    [Fact]
    public void Generate_EveryLocalDay_HasItsHoursIncludingDstDays()
    {
        var hoursPerDay = demo.Data.Arrivals.Where(a => a.Site == "Danderyd")
            .GroupBy(a => LocalDays.DateOf(a.Hour, DemoFixture.Zone))
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.All(hoursPerDay, kv => Assert.Equal(LocalDays.HoursOf(kv.Key, DemoFixture.Zone).Count, kv.Value));
        Assert.All(demo.Data.Arrivals, a => Assert.Equal(0, a.Hour.Offset.Ticks + a.Hour.Minute + a.Hour.Second));
        Assert.Equal(23, hoursPerDay[new DateOnly(2024, 3, 31)]);
        Assert.Equal(25, hoursPerDay[new DateOnly(2024, 10, 27)]);
        Assert.Equal(24, hoursPerDay[new DateOnly(2024, 10, 28)]);
    }

    [Fact]
    public void Generate_Mondays_BusierThanSaturdays()
    {
        var monday = MeanOn(d => d.DayOfWeek == DayOfWeek.Monday);
        var saturday = MeanOn(d => d.DayOfWeek == DayOfWeek.Saturday);

        Assert.True(monday > saturday * 1.1, $"Monday {monday:0}, Saturday {saturday:0}");
    }

    [Fact]
    public void Generate_July_LowerThanMay()
    {
        var july = MeanOn(d => d.Month == 7);
        var may = MeanOn(d => d.Month == 5);

        Assert.True(july < may * 0.95, $"July {july:0}, May {may:0}");
    }

    [Fact]
    public void Generate_HolidayEves_QuieterThanTheSameWeekdayBefore()
    {
        var ratios = demo.RegionByDay.Keys
            .Where(d => DemoFixture.Calendar.Describe(d).IsEve && demo.RegionByDay.ContainsKey(d.AddDays(-14)))
            .Select(d => demo.RegionByDay[d] / ((demo.RegionByDay[d.AddDays(-7)] + demo.RegionByDay[d.AddDays(-14)]) / 2))
            .ToList();

        Assert.True(ratios.Average() < 0.95, $"eves at {ratios.Average():P0} of the same weekday one and two weeks before");
    }

    double MeanOn(Func<DateOnly, bool> which) => demo.RegionByDay.Where(kv => which(kv.Key)).Average(kv => kv.Value);
}
