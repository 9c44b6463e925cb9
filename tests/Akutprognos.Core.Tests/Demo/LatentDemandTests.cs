using Akutprognos.Core.Demo;

namespace Akutprognos.Core.Tests.Demo;

public sealed class LatentDemandTests
{
    [Fact]
    public void Draw_WaveOnset_ReachesTheWebBeforeTheEds()
    {
        var days = DemoTimeline.Days(new DateOnly(2022, 10, 1), DemoFixture.LastDay, DemoFixture.Zone, DemoFixture.Calendar);
        var demand = LatentDemand.Draw(days, seed: 2015);
        var first = days[0].Date.DayNumber;
        var onsets = demand.Bumps
            .Where(b => b.Kind == DemoEventKind.InfectionWave)
            .Select(b => (int)Math.Round(b.PeakDay - b.RiseDays) - first)
            .Where(i => i >= 0 && i < days.Length)
            .ToList();

        Assert.NotEmpty(onsets);
        Assert.All(onsets, i => Assert.True(demand.WebIllness[i] > demand.Illness[i] * 1.005, $"{days[i].Date}: web {demand.WebIllness[i]:0.000}, EDs {demand.Illness[i]:0.000}"));
    }

    [Fact]
    public void Draw_Calendar_MondayAboveSaturdayAndJulyDip()
    {
        var days = DemoTimeline.Days(new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 31), DemoFixture.Zone, DemoFixture.Calendar);
        var demand = LatentDemand.Draw(days, seed: 1);
        var monday = Array.FindIndex(days, d => d.Date == new DateOnly(2024, 7, 8));
        var saturday = Array.FindIndex(days, d => d.Date == new DateOnly(2024, 7, 13));

        Assert.Equal(1.12 * 0.91, demand.Calendar[monday], 6);
        Assert.Equal(0.89 * 0.91, demand.Calendar[saturday], 6);
        Assert.Equal(days.Length + 1, demand.Illness.Length);
    }
}
