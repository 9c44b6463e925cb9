using System.Diagnostics;

namespace Akutprognos.TestSupport;

/// <summary>Where the checkout is, and running the test-time tools it installs.</summary>
public static class Repository
{
    /// <summary>The folder holding <c>Akutprognos.slnx</c>, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="program"/> is on the PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));

    /// <summary>Runs a program to its end, with <paramref name="input"/> on its standard input, and returns its exit code and both outputs.</summary>
    public static async Task<(int Code, string Out, string Error)> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null, string? input = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = workingDirectory ?? Root,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// The path of a test-time node tool installed by <c>npm ci</c> in <c>tests/lint</c>, or why it cannot run: null path
    /// and a reason to skip when node is absent outside CI; a failure when node is there (or in CI) and the install is not.
    /// </summary>
    public static string? NodeTool(string relativePath, out string skipReason)
    {
        skipReason = "";
        if (!InCi && !OnPath("node"))
        {
            skipReason = "node is not installed: this check runs a test-time node tool (CI installs node and runs `npm ci --prefix tests/lint`).";
            return null;
        }
        var path = Path.Combine(Root, "tests", "lint", relativePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run `npm ci --prefix tests/lint`.");
        }
        return path;
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Akutprognos.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Akutprognos.slnx not found above " + AppContext.BaseDirectory);
    }
}
