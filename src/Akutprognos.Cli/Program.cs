using System.CommandLine;
using Akutprognos.Cli.Commands;

var root = new RootCommand("Akutprognos: tomorrow's emergency-department arrivals from evening web traffic, per hospital and region.")
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
    Akutprognos.Cli.Health.HealthCommand.Create(),
    BackupCommands.Backup(),
    BackupCommands.Restore(),
};
return root.Parse(args).Invoke();
