using Akutprognos.Core.Staffing;

namespace Akutprognos.Core.Tests.Staffing;

public sealed class QueueLoadTests
{
    [Fact]
    public void LaggedRates_QuarterHourLag_MixesPreviousHourByHand()
    {
        var lagged = LagSipp.LaggedRates([10, 20, 30, 40], 15);

        // Hour 1 averages [0:45, 1:45): a quarter of hour 0's rate and three quarters of hour 1's.
        Assert.Equal([17.5, 17.5, 27.5, 37.5], lagged);
    }

    [Fact]
    public void LaggedRates_NinetyMinuteLag_ReachesTwoHoursBack()
    {
        var lagged = LagSipp.LaggedRates([10, 20, 30, 40], 90);

        // Hour 2 averages [0:30, 1:30); hour 0 wraps to the end of the day: [−1:30, −0:30) = half of 30, half of 40.
        Assert.Equal([35.0, 25.0, 15.0, 25.0], lagged);
    }

    [Fact]
    public void MeanPresent_ConstantArrivals_IsRateTimesStay()
    {
        var present = InfiniteServer.MeanPresent([.. Enumerable.Repeat(12.0, 24)], 240);

        Assert.All(present, m => Assert.Equal(48, m, 9));
    }

    [Fact]
    public void MeanPresent_ChangingArrivals_MatchesFineStepIntegrationOfTheRepeatingDay()
    {
        double[] rates = [2, 1, 1, 1, 2, 4, 8, 12, 15, 16, 15, 14, 13, 13, 12, 12, 12, 11, 10, 9, 7, 5, 4, 3];
        const double tauHours = 3.5;

        var present = InfiniteServer.MeanPresent(rates, tauHours * 60);

        // Euler steps of dm/dt = λ − m/τ over thirty repeated days settle on the periodic solution.
        const int steps = 3600;
        var m = 0.0;
        var means = new double[24];
        for (var day = 0; day < 30; day++)
        {
            for (var h = 0; h < 24; h++)
            {
                var sum = 0.0;
                for (var i = 0; i < steps; i++)
                {
                    sum += m;
                    m += (rates[h] - m / tauHours) / steps;
                }
                means[h] = sum / steps;
            }
        }
        for (var h = 0; h < 24; h++)
        {
            Assert.Equal(means[h], present[h], 0.01);
        }
    }

    [Fact]
    public void RoleDemand_PatientRatio_CeilsPatientsPresentOverRatio()
    {
        var policy = StaffingConfiguration.Default.Role("nurse")!;

        var demand = new RoleDemand(policy, [.. Enumerable.Repeat(10.0, 24)]);

        // 10 arrivals an hour staying 4 hours: 40 present, one nurse per 4.
        Assert.All(demand.OfferedLoad, m => Assert.Equal(40, m, 9));
        Assert.All(demand.Required, r => Assert.Equal(10, r));
        Assert.Equal(4, demand.Quality(0, 10), 9);
    }

    [Fact]
    public void RoleDemand_LagSipp_StaffsEachHourForItsLaggedRateWithMinimum()
    {
        var policy = StaffingConfiguration.Default.Role("doctor")!;
        double[] arrivals = [0.2, 0.2, 0.2, 0.2, 2, 6, 20, 30, 30, 30, 30, 30, 6, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5];

        var demand = new RoleDemand(policy, arrivals);

        var lagged = LagSipp.LaggedRates(arrivals, 30);
        for (var h = 0; h < arrivals.Length; h++)
        {
            var erlang = ErlangC.FewestServers(lagged[h], 30, 0.8, 60).Servers;
            Assert.Equal(Math.Max(1, erlang), demand.Required[h]);
        }
        Assert.True(demand.Required[9] > 10 && demand.Required[2] == 1);
    }
}
