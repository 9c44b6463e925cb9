namespace Akutprognos.Cli.Tests.Commands;

/// <summary>The ingest tests' way of running <c>akutprognos</c>: <see cref="CliInProcess"/> with an environment, from the temporary folder.</summary>
static class Cli
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Akutprognos(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var result = CliInProcess.Run(Path.GetTempPath(), environment, args);
        return new Run(result.ExitCode, result.Stdout, result.Stderr);
    }
}
