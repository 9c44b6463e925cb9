namespace Akutprognos.Core.Demo;

/// <summary>
/// Independent, reproducible random streams: one per part of the model, so changing how one part draws
/// does not shift every other part. <see cref="Random(int)"/> with a seed is stable across .NET versions.
/// </summary>
internal static class DemoRandom
{
    public static Random For(int seed, int stream) => new(unchecked((seed * 1_000_003) + (stream * 7_919)));

    public static double Uniform(this Random random, double low, double high) => low + ((high - low) * random.NextDouble());
}
