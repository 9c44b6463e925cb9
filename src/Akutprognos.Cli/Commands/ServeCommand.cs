using System.CommandLine;
using Akutprognos.Web;
using Akutprognos.Web.Health;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Akutprognos.Cli.Commands;

/// <summary><c>akutprognos serve</c>: the dashboard, the API and the nightly schedule on one database, until stopped.</summary>
static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = Urls();
        var zone = CommonOptions.ZoneOverride();
        var holidays = CommonOptions.HolidaysOverride();
        var command = new Command("serve", "Serve the dashboard, the HTTP API and the nightly forecast schedule") { db, urls, zone, holidays };
        command.SetAction(result => CommandRunner.Run(() => Serve(
            new WebAppOptions(result.GetValue(db)!)
            {
                Urls = result.GetValue(urls)!,
                Overrides = CommonOptions.Overrides(result, zone, holidays),
            },
            _ => { })));
        return command;
    }

    public static Option<string> Urls() => new("--urls")
    {
        Description = "Where to listen, e.g. http://127.0.0.1:5080 (loopback by default; several separated by ';')",
        DefaultValueFactory = _ => WebAppOptions.DefaultUrls,
    };

    /// <summary>
    /// Starts the app, tells <paramref name="started"/> its first address, and blocks until Ctrl+C or SIGTERM; returns 0
    /// then, and <see cref="HostFaults.FaultExitCode"/> when the host stopped because a background service failed, so a
    /// service manager restarts it.
    /// </summary>
    public static int Serve(WebAppOptions options, Action<string> started)
    {
        using var app = WebApp.Create(options);
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot listen on {options.Urls}: {e.Message}");
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        Console.Error.WriteLine($"akutprognos: serving at {string.Join(", ", addresses)}; Ctrl+C stops");
        started(addresses.FirstOrDefault() ?? options.Urls);
        app.WaitForShutdown();
        var faults = HostFaults.Failed(app.Services);
        foreach (var fault in faults)
        {
            Console.Error.WriteLine($"akutprognos: stopped because a background service failed: {fault}");
        }
        return HostFaults.ExitCode(app.Services);
    }
}
