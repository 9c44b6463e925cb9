using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Akutprognos.Web.Tests;

/// <summary>
/// The real app (<see cref="WebApp.Create"/>, the same pipeline <c>akutprognos serve</c> runs) in memory on a
/// test server. The factory's own host builder is replaced because the app is built by the web library,
/// not by an entry point the factory could find.
/// </summary>
public sealed class TestApp(
    string database, bool schedule = false, string? adminPassword = null, IReadOnlyDictionary<string, string?>? settings = null, TimeZoneInfo? zone = null,
    TimeProvider? clock = null)
    : WebApplicationFactory<TestApp>
{
    protected override IHostBuilder CreateHostBuilder() => new HostBuilder();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Built and started on the thread pool: the factory calls this synchronously from xUnit's synchronisation
        // context, and a start-up continuation posted back to it while its threads all wait would never run.
        return Task.Run(() =>
        {
            var app = WebApp.Create(new WebAppOptions(database)
            {
                RunSchedule = schedule,
                Settings = settings ?? new Dictionary<string, string?>(),
                // As `serve --tz`: the zone of this run, over the one the sites keep.
                Overrides = zone is null ? Pipeline.Sites.RunOverrides.None : new Pipeline.Sites.RunOverrides(Zone: zone),
            }, web =>
            {
                web.WebHost.UseTestServer();
                web.Services.AddTransient<IStartupFilter, ClientAddress>();
                if (clock is not null)
                {
                    web.Services.AddSingleton(clock);
                }
                if (adminPassword is not null)
                {
                    web.Configuration["Akutprognos:Admin:Password"] = adminPassword;
                }
            });
            app.Start();
            return (IHost)app;
        }).GetAwaiter().GetResult();
    }

    /// <summary>
    /// A client that keeps cookies and does not follow redirects, so tests see 302s. Each client gets an
    /// address of its own (the test server has none), so the per-address log-in limit sees separate clients.
    /// </summary>
    public HttpClient Client(IPAddress? address = null, Uri? baseAddress = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = baseAddress ?? new Uri("http://localhost"),
        });
        var chosen = address ?? new IPAddress(BitConverter.GetBytes(Interlocked.Increment(ref nextAddress)));
        client.DefaultRequestHeaders.Add(ClientAddress.Header, chosen.ToString());
        return client;
    }

    static int nextAddress = 0x0A000000;

    /// <summary>Sets the connection's remote address from a test header, before any of the app's middleware runs.</summary>
    sealed class ClientAddress : IStartupFilter
    {
        public const string Header = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, proceed) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return proceed(context);
            });
            next(app);
        };
    }
}
