using System.Diagnostics;

namespace Akutprognos.Cli.Tests;

/// <summary>Runs the built <c>akutprognos</c> as its own process, as a user would: arguments in, stdout, stderr and exit code out.</summary>
internal static class CliProcess
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "akutprognos.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"akutprognos {string.Join(' ', args)} did not finish in 2 minutes.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
