using System.Diagnostics;

namespace Akutprognos.Cli.Tests.Commands;

/// <summary>Runs the built <c>akutprognos</c> in a process of its own, as a user would, and returns what it wrote.</summary>
static class Cli
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Akutprognos(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "akutprognos.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Run(process.ExitCode, output.Result, error.Result);
    }
}
