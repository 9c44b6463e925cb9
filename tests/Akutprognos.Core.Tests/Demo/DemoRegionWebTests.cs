using Akutprognos.Core.Calendar;
using Akutprognos.Core.Demo;

namespace Akutprognos.Core.Tests.Demo;

public sealed class DemoRegionWebTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Generate_MissingWebHours_HaveNoRowsAndOneIsInAnEvening()
    {
        var missing = demo.Data.Events.Where(e => e.Kind == DemoEventKind.MissingWebHours).ToList();
        var hours = demo.Data.Visitors.Select(v => v.Hour).ToHashSet();

        Assert.InRange(missing.Count, 1, 5);
        Assert.All(missing, e => Assert.DoesNotContain(hours, h => h >= e.Start && h < e.End));
        Assert.All(missing, e => Assert.Contains(e.Start.AddHours(-1), hours));
        Assert.Contains(missing, e => TimeZoneInfo.ConvertTime(e.Start, DemoFixture.Zone).Hour >= 18 && e.End - e.Start < TimeSpan.FromHours(6));
    }

    [Fact]
    public void Generate_MediaSpikes_EveningHighButNextDayArrivalsNormal()
    {
        var spikes = demo.Data.Events.Where(e => e.Kind == DemoEventKind.MediaSpike).ToList();

        Assert.InRange(spikes.Count, 3, 5);
        foreach (var spike in spikes)
        {
            var evening = LocalDays.DateOf(spike.Start, DemoFixture.Zone);
            var web = demo.EveningByDay[evening] / SameWeekdayMean(demo.EveningByDay, evening);
            var arrivals = demo.RegionByDay[evening.AddDays(1)] / SameWeekdayMean(demo.RegionByDay, evening.AddDays(1));

            Assert.True(web >= 1.8, $"{evening}: evening web ×{web:0.00}");
            Assert.InRange(arrivals, 0.9, 1.08);
        }
    }

    [Fact]
    public void Generate_EveningVisitors_CorrelateWithNextDayArrivals()
    {
        var quiet = demo.Data.Events.Where(e => e.Kind == DemoEventKind.MediaSpike).Select(e => LocalDays.DateOf(e.Start, DemoFixture.Zone)).ToHashSet();
        var evenings = demo.EveningByDay.Keys
            .Where(d => demo.EveningHours[d] == 6 && !quiet.Contains(d) && demo.RegionByDay.ContainsKey(d.AddDays(1)))
            .Order().ToList();
        var web = Residuals.Detrended(Residuals.WithoutWeekdayMeans(evenings, d => Math.Log(demo.EveningByDay[d])), evenings);
        var arrivals = Residuals.WithoutWeekdayMeans(evenings.Select(d => d.AddDays(1)).ToList(), d => Math.Log(demo.RegionByDay[d]));

        var r = Residuals.Correlation(web, arrivals);

        Assert.True(r > 0.5, $"r = {r:0.00}");
    }

    [Fact]
    public void Generate_WebTraffic_GrowsYearOverYear()
    {
        var byYear = demo.WebByDay.OrderBy(kv => kv.Key).Chunk(365).Where(c => c.Length == 365)
            .Select(c => c.Select(kv => kv.Value).Order().ElementAt(182)).ToList();

        Assert.True(byYear.Count >= 3);
        Assert.All(byYear.Zip(byYear.Skip(1)), pair => Assert.InRange(pair.Second / pair.First, 1.05, 1.25));
    }

    [Fact]
    public void Generate_WebVolume_RealisticDayAndEveningShare()
    {
        var complete = demo.EveningHours.Where(kv => kv.Value == 6).Select(kv => kv.Key).Where(d => demo.WebByDay.ContainsKey(d)).ToList();
        var perDay = complete.Average(d => demo.WebByDay[d]);
        var eveningShare = complete.Sum(d => demo.EveningByDay[d]) / complete.Sum(d => demo.WebByDay[d]);

        Assert.InRange(perDay, 25_000, 40_000);
        Assert.InRange(eveningShare, 0.27, 0.34);
        Assert.All(demo.Data.Visitors, v => Assert.Equal(DemoRegion.Signal, v.Signal));
    }

    static double SameWeekdayMean(Dictionary<DateOnly, double> byDay, DateOnly day) =>
        new[] { -14, -7, 7, 14 }.Select(day.AddDays).Where(byDay.ContainsKey).Average(d => byDay[d]);
}
