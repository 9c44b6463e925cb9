using Akutprognos.Core.Forecasting;

namespace Akutprognos.Core.Tests.Forecasting;

public sealed class LevelFilterTests
{
    static double[] Noise(int n, double sd, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => sd * (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 2)];
    }

    [Fact]
    public void Predictions_AlphaOne_PredictLastResidual()
    {
        var filter = new LevelFilter(Alpha: 1, Phi: 0, Sigma: 1);
        double[] residuals = [0.1, 0.3, -0.2];

        var predictions = filter.Predictions(residuals);

        Assert.Equal([0, 0.1, 0.3], predictions.Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void Predictions_AlphaHalf_AverageWithKnownWeights()
    {
        // L1 = 0.5·0.4 = 0.2, L2 = 0.2 + 0.5·(0.2 − 0.2) = 0.2: simple exponential smoothing by hand.
        var predictions = new LevelFilter(0.5, 0, 1).Predictions([0.4, 0.2, 0]);

        Assert.Equal(0.2, predictions[1], 12);
        Assert.Equal(0.2, predictions[2], 12);
    }

    [Fact]
    public void Observe_OneOutlier_MovesLevelByAtMostAlphaTimesClip()
    {
        var filter = new LevelFilter(0.2, 0, 0.05);
        var state = filter.Start();
        state.Observe(filter, 2.0);

        Assert.Equal(0.2 * LevelFilter.ClipSds * 0.05, state.Level, 12);
    }

    [Fact]
    public void Observe_DropOfThirtyPercent_LevelFollowsWithinAWeek()
    {
        var filter = new LevelFilter(0.05, 0, 0.05);
        var state = filter.Start();
        var drop = Math.Log(0.7);
        for (var t = 0; t < 100; t++)
        {
            state.Observe(filter, 0);
        }
        for (var t = 0; t < 7; t++)
        {
            state.Observe(filter, drop);
        }

        Assert.InRange(state.Prediction(filter), drop - 0.02, drop + 0.02);
    }

    [Fact]
    public void Estimate_RandomWalkLevel_ChoosesPositiveAlpha_WhiteNoise_ChoosesSmallAlpha()
    {
        var steps = Noise(800, 0.02, 1);
        var walk = new double[800];
        for (var t = 1; t < 800; t++)
        {
            walk[t] = walk[t - 1] + steps[t];
        }
        var noisyWalk = walk.Zip(Noise(800, 0.01, 2), (a, b) => a + b).ToArray();

        Assert.True(LevelFilter.Estimate(noisyWalk).Alpha >= 0.3);
        Assert.True(LevelFilter.Estimate(Noise(800, 0.05, 3)).Alpha <= 0.05);
    }
}
