using Akutprognos.Ingest.Fuzz;
using Akutprognos.TestSupport;
using CsCheck;

namespace Akutprognos.Ingest.Tests.Fuzz;

/// <summary>
/// A short run of the parser fuzzing that <c>bench/fuzz</c> runs for minutes: each seed as it is, then a
/// bounded number of mutated and random inputs per parser. No input may make a parser throw anything but
/// its input exception.
/// </summary>
public sealed class ParserFuzzTests : IDisposable
{
    readonly ScratchFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Names() => [.. ParserTargets.All(Path.GetTempPath()).Select(t => t.Name)];

    ParserTargets.Target Target(string name) => ParserTargets.All(folder.Path).Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Seeds_ReadOrRefusedWithoutAnyOtherException(string name)
    {
        var target = Target(name);
        foreach (var seed in target.Seeds)
        {
            Assert.Null(ParserTargets.Run(target, seed, folder.Path));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void MutatedInputs_ReadOrRefusedWithoutAnyOtherException(string name)
    {
        var target = Target(name);

        ParserTargets.Inputs(target).Sample(input =>
        {
            if (ParserTargets.Run(target, input, folder.Path) is { } defect)
            {
                throw new InvalidOperationException($"{target.Name} threw {defect.GetType().Name} instead of refusing its input", defect);
            }
        }, iter: 300, threads: 1, seed: "0N0XIzNsQ0O2");
    }

    /// <summary>Inputs the long run found crashing a parser, each named TARGET-HASH.EXT; now each is read or refused.</summary>
    [Fact]
    public void FoundCrashes_NowReadOrRefused()
    {
        var crashes = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz", "Crashes"));
        Assert.NotEmpty(crashes);
        foreach (var file in crashes)
        {
            var name = Path.GetFileName(file);
            var target = Target(name[..name.LastIndexOf('-')]);
            Assert.Null(ParserTargets.Run(target, File.ReadAllBytes(file), folder.Path));
        }
    }
}
