using Akutprognos.Core.Series;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Forecasting;
using Akutprognos.Core.Staffing;
using MathNet.Numerics.Distributions;

namespace Akutprognos.Core.Tests.Staffing;

public sealed class StaffingPlannerTests
{
    static readonly DateOnly Day = new(2025, 3, 30);

    static DayForecast Forecast(string series, double scale)
    {
        var hours = LocalDays.HoursOf(Day, LocalDays.Stockholm);
        return new DayForecast(series, Day, "test", 0, default, default, null,
            [.. hours.Select((h, i) =>
            {
                var mean = scale * (i is >= 8 and < 20 ? 4 : 1);
                return new HourForecast(h, mean, new(mean * 0.5, mean * 1.5), new(mean * 0.3, mean * 2));
            })]);
    }

    [Fact]
    public void Plan_SpringForwardDay_StaffsEachSiteAndRoleFor23HoursAndSkipsTheRegion()
    {
        var plan = StaffingPlanner.Plan(Day, LocalDays.Stockholm,
            [Forecast(SeriesId.RegionKey, 10), Forecast("Norrtälje", 1), Forecast("Södersjukhuset", 5)], StaffingConfiguration.Default, []);

        Assert.Equal(["Norrtälje", "Södersjukhuset"], plan.Sites.Select(s => s.Site));
        Assert.All(plan.Sites.SelectMany(s => s.Roles), r =>
        {
            Assert.Equal(23, r.Hours.Count);
            Assert.All(r.Hours, h => Assert.True(h.Planned >= h.Required && h.Required >= r.Policy.MinimumStaff && h.Rostered is null));
            Assert.Empty(r.Changes);
        });
        var small = plan.Sites[0].Roles[0].Hours.Max(h => h.Required);
        var large = plan.Sites[1].Roles[0].Hours.Max(h => h.Required);
        Assert.True(large > small);
    }

    [Fact]
    public void Plan_SiteOverrideAndP90_RaiseTheRequirement()
    {
        var defaults = StaffingConfiguration.Default;
        var overridden = new StaffingConfiguration(ForecastQuantile.P90, defaults.Roles, [new SiteOverride("Norrtälje", "doctor", 4, null)]);

        var mean = StaffingPlanner.Plan(Day, LocalDays.Stockholm, [Forecast("Norrtälje", 3)], defaults, []);
        var risky = StaffingPlanner.Plan(Day, LocalDays.Stockholm, [Forecast("Norrtälje", 3)], overridden, []);

        Assert.All(risky.Sites[0].Roles[0].Hours, h => Assert.True(h.Required >= 4));
        Assert.True(risky.Sites[0].Roles[1].StaffHours > mean.Sites[0].Roles[1].StaffHours);
        Assert.Equal(risky.Sites[0].Roles[0].Hours.Sum(h => h.ExpectedArrivals), 1.5 * mean.Sites[0].Roles[0].Hours.Sum(h => h.ExpectedArrivals), 9);
    }

    [Fact]
    public void Of_P80_LiesBetweenMeanAndP90OnTheNormalScale()
    {
        var hour = new HourForecast(DateTimeOffset.UnixEpoch, 10, new(6, 15), new(4, 18));

        Assert.Equal(10, ForecastQuantile.Mean.Of(hour));
        Assert.Equal(15, ForecastQuantile.P90.Of(hour));
        Assert.Equal(10 + 5 * Normal.InvCDF(0, 1, 0.8) / Normal.InvCDF(0, 1, 0.9), ForecastQuantile.P80.Of(hour), 9);
    }
}
