using System.CommandLine;
using Akutprognos.Cli.Commands;

namespace Akutprognos.Cli;

/// <summary>The <c>akutprognos</c> command: one subcommand per job, each a thin host over the pipeline.</summary>
static class Program
{
    static int Main(string[] args) => Run(args);

    /// <summary>Parses and runs one command line; the exit code (<see cref="ExitCodes"/>). The tests call this in-process.</summary>
    public static int Run(string[] args) => Root().Parse(args).Invoke();

    static RootCommand Root() => new("Akutprognos: tomorrow's emergency-department arrivals from evening web traffic, per hospital and region.")
    {
        BacktestCommand.Create(),
        ForecastCommand.Create(),
        DemoCommand.Create(),
        ServeCommand.Create(),
        AccountCommands.User(),
        AccountCommands.ApiKey(),
        IngestCommands.Create(),
        ExportCommands.Create(),
        ErlangCommand.Create(),
        StaffingCommand.Create(),
        RosterCommands.Create(),
        BoardCommands.Create(),
        VisitorsCommand.Create(),
        Health.HealthCommand.Create(),
        BackupCommands.Backup(),
        BackupCommands.Restore(),
        SiteCommands.Create(),
    };
}
