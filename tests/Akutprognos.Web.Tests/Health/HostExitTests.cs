using Akutprognos.TestSupport;
using Akutprognos.Web.Health;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Akutprognos.Web.Tests.Health;

public sealed class HostExitTests
{
    [Fact]
    public async Task Host_BackgroundServiceThrows_StopsWithNonZeroExitCode()
    {
        using var folder = new ScratchFolder();
        await using var app = WebApp.Create(new WebAppOptions(folder.PathOf("fault.db")), web =>
        {
            web.WebHost.UseTestServer();
            web.Services.AddHostedService<Failing>();
        });
        var stopped = new TaskCompletionSource();
        app.Lifetime.ApplicationStopping.Register(stopped.SetResult);

        await app.StartAsync();
        await stopped.Task.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(HostFaults.FaultExitCode, HostFaults.ExitCode(app.Services));
        Assert.Equal("Failing: the disk is full", Assert.Single(HostFaults.Failed(app.Services)));
    }

    [Fact]
    public async Task Host_StoppedFromOutside_ExitCodeZero()
    {
        using var folder = new ScratchFolder();
        await using var app = WebApp.Create(new WebAppOptions(folder.PathOf("clean.db")), web => web.WebHost.UseTestServer());

        await app.StartAsync();
        await app.StopAsync();

        Assert.Equal(0, HostFaults.ExitCode(app.Services));
    }

    /// <summary>A background service that fails the way a storage error escaping a loop did.</summary>
    sealed class Failing : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new IOException("the disk is full");
        }
    }
}
