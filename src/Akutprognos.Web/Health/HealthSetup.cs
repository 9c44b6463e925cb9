using Akutprognos.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Akutprognos.Web.Health;

/// <summary>
/// <c>/health</c>: ready to serve (the database answers and the start-up catch-up forecast is done), open
/// without login for load balancers and service managers; unhealthy (503) when the database cannot be written,
/// degraded when a run failed or did not run or a feed is late, with the reasons for admins (<see cref="HealthResponse"/>).
/// <c>/health/live</c>: the process answers at all.
/// </summary>
static class HealthSetup
{
    const string Ready = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StartupGate>();
        builder.Services.AddSingleton<JobFailures>();
        builder.Services.AddSingleton<JobRetry>();
        builder.Services.AddSingleton<MissedRunWatch>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MissedRunWatch>());
        builder.Services.AddHostedService<SystemdWatchdog>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: [Ready])
            .AddCheck<StorageCheck>("storage", tags: [Ready])
            .AddCheck<StartupCheck>("startup", tags: [Ready])
            .AddCheck<JobsCheck>("runs", tags: [Ready])
            .AddCheck<ScheduleCheck>("schedule", tags: [Ready])
            .AddCheck<FeedsCheck>("feeds", tags: [Ready]);
        builder.Services.AddSingleton<StorageCheck>();
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        return app;
    }

    sealed class DatabaseCheck(AkutprognosDatabase database) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                database.Sites.Regions();
                return Task.FromResult(HealthCheckResult.Healthy());
            }
            catch (StorageException e)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
            }
        }
    }

    sealed class StartupCheck(StartupGate gate) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(gate.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("catching up on a missed forecast"));
    }
}

/// <summary>Open once the work due at start (a missed nightly forecast) is done, whether it succeeded or not.</summary>
public sealed class StartupGate
{
    volatile bool open;

    /// <summary>Whether the app is ready to serve.</summary>
    public bool IsOpen => open;

    /// <summary>Marks the start-up work as done.</summary>
    public void Open() => open = true;
}
