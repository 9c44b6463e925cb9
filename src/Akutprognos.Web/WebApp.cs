using Akutprognos.Pipeline.Sites;
using Akutprognos.Storage;
using Akutprognos.Web.Accounts;
using Akutprognos.Web.Api;
using Akutprognos.Web.Board;
using Akutprognos.Web.Dashboard;
using Akutprognos.Web.Health;
using Akutprognos.Web.Notices;
using Akutprognos.Web.Schedule;
using Akutprognos.Web.Shared;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;

namespace Akutprognos.Web;

/// <summary>The web host: dashboard pages, the HTTP API, the nightly schedule and notices, on one database.</summary>
public static class WebApp
{
    /// <summary>The log levels used unless configured otherwise: ASP.NET Core's request lines only from Warning up.</summary>
    public static readonly IReadOnlyDictionary<string, string?> QuietDefaults = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    /// <summary>
    /// Builds the app on <paramref name="options"/>; <paramref name="configure"/> may adjust the builder
    /// (tests swap the server). Opening the database happens here, so a bad path fails before anything listens.
    /// </summary>
    public static WebApplication Create(WebAppOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The tool runs from any folder: configuration files and content sit beside the executable.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Quiet by default: one Information line per request wrote megabytes a minute under load. The lowest-priority
        // source, so appsettings, the environment or the options still turn request logging back on.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = QuietDefaults });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.WebHost.UseUrls(options.Urls);
        // stdout carries the tool's results (the demo's forecast and login); log lines go to stderr.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        // Under systemd (Type=notify) or the Windows service manager the host reports start and stop to it;
        // run anywhere else, both do nothing.
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService();
        builder.Services.AddSingleton(TimeProvider.System);
        // These two read and check their settings (proxies, OpenID Connect) first, so a bad value stops the start
        // with one message before the database is opened or created.
        builder.AddPageShell();
        builder.AddAccounts();
        var database = AkutprognosDatabase.Open(options.Database);
        builder.Services.AddSingleton(database);
        // The pages and the schedule keep the sites' zone unless this run overrides it.
        options = options with { Zone = SiteSetup.Load(database, options.Overrides).HomeZone };
        builder.Services.AddSingleton(options);

        builder.AddDashboard();
        builder.AddApi();
        builder.AddSchedule();
        builder.AddNotices();
        builder.AddHealth();
        builder.AddBoard();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UsePageShell();
        app.UseAccounts();

        app.MapHealth();
        app.MapApi();
        app.MapDashboard();
        app.MapBoard();
        return app;
    }
}
