using System.CommandLine;
using Akutprognos.Cli.Backup;

namespace Akutprognos.Cli.Commands;

/// <summary><c>akutprognos backup</c> and <c>restore</c>: a consistent copy of the SQLite database, and putting one back.</summary>
static class BackupCommands
{
    public static Command Backup()
    {
        var db = CommonOptions.Database();
        var output = new Option<string>("--out") { Description = "The backup file to write (SQLite)", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the backup file if it exists" };
        var command = new Command("backup", "Copy the SQLite database while the service runs, and check the copy") { db, output, force };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var copy = SqliteBackup.Backup(result.GetValue(db)!, result.GetValue(output)!, result.GetValue(force));
            Console.Out.WriteLine($"backup written to {Path.GetFullPath(result.GetValue(output)!)}");
            Print(copy);
            return 0;
        }));
        return command;
    }

    public static Command Restore()
    {
        var from = new Option<string>("--from") { Description = "The backup file to restore (written by 'akutprognos backup')", Required = true };
        var db = CommonOptions.Database();
        var command = new Command("restore", "Check a backup, then write it over the SQLite database (stop the service first)") { from, db };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var copy = SqliteBackup.Restore(result.GetValue(from)!, result.GetValue(db)!);
            Console.Out.WriteLine($"restored {Path.GetFullPath(result.GetValue(from)!)} into {Path.GetFullPath(result.GetValue(db)!)}");
            Print(copy);
            return 0;
        }));
        return command;
    }

    static void Print(DatabaseCopy copy)
    {
        foreach (var line in copy.Describe())
        {
            Console.Out.WriteLine(line);
        }
    }
}
