using System.CommandLine;
using Akutprognos.Storage;
using Akutprognos.Storage.Accounts;
using Akutprognos.Web.Accounts;

namespace Akutprognos.Cli.Commands;

/// <summary>
/// <c>akutprognos user add</c> and <c>akutprognos apikey add</c>: accounts for people and keys for machines,
/// for setting up a server before anyone has logged in. The password or key is printed once on stdout.
/// </summary>
static class AccountCommands
{
    public static Command User()
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "Log-in name" };
        var role = Role();
        var add = new Command("add", "Create a user (or give an existing one the role and a new password) and print the generated password") { name, db, role };
        add.SetAction(result => CommandRunner.Run(() =>
        {
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            Console.Out.WriteLine(LocalUsers.CreateOrReset(database, result.GetValue(name)!.Trim(), Checked(result.GetValue(role)!), TimeProvider.System));
            return 0;
        }));
        return new Command("user", "Local accounts of the web app") { add };
    }

    public static Command ApiKey()
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "What the key is for, e.g. \"integration platform\"" };
        var role = Role();
        var add = new Command("add", "Create an API key and print it (only its hash is stored)") { name, db, role };
        add.SetAction(result => CommandRunner.Run(() =>
        {
            using var database = AkutprognosDatabase.Open(result.GetValue(db)!);
            Console.Out.WriteLine(ApiKeys.Create(database, result.GetValue(name)!.Trim(), Checked(result.GetValue(role)!), "command line", TimeProvider.System));
            return 0;
        }));
        return new Command("apikey", "API keys for machines") { add };
    }

    static Option<string> Role() => new("--role")
    {
        Description = "admin, planner or viewer",
        DefaultValueFactory = _ => AccountRoles.Viewer,
    };

    static string Checked(string role) =>
        AccountRoles.All.Contains(role, StringComparer.Ordinal) ? role : throw new UsageException($"--role: unknown role '{role}' (use admin, planner or viewer)");
}
