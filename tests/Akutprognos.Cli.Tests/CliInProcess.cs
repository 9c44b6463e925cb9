namespace Akutprognos.Cli.Tests;

/// <summary>
/// Runs <c>akutprognos</c> inside the test process: the same command tree, parser and exit codes as the program, with
/// stdout and stderr captured, the environment variables and working directory of the test's choosing. Runs take turns
/// (the console, environment and working directory belong to the whole process); the few tests that need a process of
/// their own (a server, file locks held by another process) use <see cref="CliProcess"/>.
/// </summary>
static class CliInProcess
{
    static readonly Lock Turn = new();

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <summary>Runs with extra environment variables (e.g. where the key file lives).</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        lock (Turn)
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            var (oldOut, oldError, oldDirectory) = (Console.Out, Console.Error, Environment.CurrentDirectory);
            var oldEnvironment = (environment ?? new Dictionary<string, string>()).Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
            try
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
                Environment.CurrentDirectory = workingDirectory;
                foreach (var (name, value) in environment ?? new Dictionary<string, string>())
                {
                    Environment.SetEnvironmentVariable(name, value);
                }
                var exit = Program.Run(args);
                return new CliResult(exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
                Environment.CurrentDirectory = oldDirectory;
                foreach (var (name, value) in oldEnvironment)
                {
                    Environment.SetEnvironmentVariable(name, value);
                }
            }
        }
    }
}
