using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace Akutprognos.Web.Tests;

/// <summary>
/// The real app (<see cref="WebApp.Create"/>, the same pipeline <c>akutprognos serve</c> runs) in memory on a
/// test server. The factory's own host builder is replaced because the app is built by the web library,
/// not by an entry point the factory could find.
/// </summary>
public sealed class TestApp(string database, bool schedule = false, string? adminPassword = null) : WebApplicationFactory<TestApp>
{
    protected override IHostBuilder CreateHostBuilder() => new HostBuilder();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var app = WebApp.Create(new WebAppOptions(database) { RunSchedule = schedule }, web =>
        {
            web.WebHost.UseTestServer();
            if (adminPassword is not null)
            {
                web.Configuration["Akutprognos:Admin:Password"] = adminPassword;
            }
        });
        app.Start();
        return app;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
