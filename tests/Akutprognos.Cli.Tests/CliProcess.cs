using System.Diagnostics;

namespace Akutprognos.Cli.Tests;

/// <summary>What one run of the command printed and returned.</summary>
sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public void Deconstruct(out int exitCode, out string stdout, out string stderr) => (exitCode, stdout, stderr) = (ExitCode, Stdout, Stderr);
}

/// <summary>
/// Runs the real <c>akutprognos</c> program in a child process, as a user would: separate stdout and
/// stderr, an exit code, a working directory of the test's choosing.
/// </summary>
static class CliProcess
{
    static readonly string Program = Path.Combine(AppContext.BaseDirectory, "akutprognos.dll");

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <summary>Runs with extra environment variables (e.g. where the key file lives).</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"akutprognos {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
