using System.Text.RegularExpressions;
using Akutprognos.TestSupport;

namespace Akutprognos.Core.Tests.Conventions;

/// <summary>
/// A test that reads <c>../shared</c> must skip where it is absent, and only a skippable test can: a plain [Fact] or
/// [Theory] that calls <see cref="RealData"/> fails instead of skipping on a checkout without the shared data.
/// </summary>
public sealed partial class RealDataTestConventionTests
{
    [GeneratedRegex(@"(?m)^\s*\[(Fact|Theory|SkippableFact|SkippableTheory)\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"(?:void|Task)\s+(\w+)\s*\(")]
    private static partial Regex MethodName();

    [Fact]
    public void EveryTestReadingSharedData_IsSkippable()
    {
        var root = RealData.RepositoryRoot() ?? throw new InvalidOperationException("the repository root (Akutprognos.slnx) was not found above the test binaries");
        var sources = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(nameof(RealDataTestConventionTests) + ".cs", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(sources);

        var offenders = new List<string>();
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            var attributes = TestAttribute().Matches(text);
            for (var i = 0; i < attributes.Count; i++)
            {
                var end = i + 1 < attributes.Count ? attributes[i + 1].Index : text.Length;
                var body = text[attributes[i].Index..end];
                if (body.Contains("RealData.", StringComparison.Ordinal) && !attributes[i].Groups[1].Value.StartsWith("Skippable", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetRelativePath(root, file)}: {MethodName().Match(body).Groups[1].Value}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "use [SkippableFact]/[SkippableTheory] for: " + string.Join(", ", offenders));
    }
}
