using System.Diagnostics;
using Akutprognos.TestSupport;

namespace Akutprognos.Cli.Tests.Commands;

/// <summary>
/// The README's install step, end to end: <c>.ci/tool.sh</c> packs the command as a .NET tool, installs it into a
/// throw-away tool path, runs <c>akutprognos</c> from there, and checks that <c>dotnet run</c> prints only the command's output.
/// </summary>
public sealed class ToolInstallTests
{
    [SkippableFact]
    public void PackedTool_InstallsAndRuns_AndDotnetRunPrintsOnlyTheResult()
    {
        var root = RealData.RepositoryRoot();
        Skip.If(root is null, "the repository (Akutprognos.slnx) was not found above the test binaries: tool test skipped");
        var script = Path.Combine(root!, ".ci", "tool.sh");
        Skip.IfNot(File.Exists("/bin/bash") && File.Exists(script), "bash or .ci/tool.sh missing: tool test skipped");
        var start = new ProcessStartInfo("/bin/bash", [script])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(".ci/tool.sh did not finish in 8 minutes");
        }

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {stderr.Result}");
        Assert.Contains("tool: packed, installed into a tool path", stdout.Result, StringComparison.Ordinal);
    }
}
