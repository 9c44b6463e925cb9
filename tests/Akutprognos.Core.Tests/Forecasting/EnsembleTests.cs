using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Series;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class EnsembleTests
{
    [Fact]
    public void RunAll_Ensemble_IsTheMeanOfTwoMembersEveryDay()
    {
        var random = new Random(4);
        var values = Enumerable.Range(0, 500).Select(i => Math.Round(200 * TestSeries.Weekly[i % 7] * (1 + 0.1 * (random.NextDouble() - 0.5)))).ToArray();
        var context = new ForecastContext(new DailySeries("s", TestSeries.Start, values), new TestSeries.PlainCalendar(), null);

        var runs = ModelRun.RunAll(context, ModelCatalog.All, 300, 500, 7);

        var ensemble = runs.Single(r => r.Name == Ensemble.Name);
        var members = Ensemble.Members(runs).ToList();
        Assert.Equal(["calendar", "calendar+level"], members.Select(m => m.Name));
        for (var d = 300; d < 500; d++)
        {
            Assert.Equal((members[0].At(d).Mean + members[1].At(d).Mean) / 2, ensemble.At(d).Mean, 9);
        }
    }
}
