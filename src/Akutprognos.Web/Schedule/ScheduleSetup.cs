namespace Akutprognos.Web.Schedule;

/// <summary>The nightly forecast, the evening nowcasts, and the runner the pages share with them.</summary>
static class ScheduleSetup
{
    public static WebApplicationBuilder AddSchedule(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ForecastRunner>();
        builder.Services.AddSingleton<NightlySchedule>();
        builder.Services.AddSingleton<NowcastRunner>();
        builder.Services.AddSingleton<NowcastSchedule>();
        builder.Services.AddHostedService<BackgroundService>(services => services.GetRequiredService<WebAppOptions>().RunSchedule
            ? services.GetRequiredService<NightlySchedule>()
            : new Idle(services));
        builder.Services.AddHostedService<NowcastSchedule>(services => services.GetRequiredService<NowcastSchedule>());
        return builder;
    }

    /// <summary>Stands in for the schedule when it is switched off: nothing to catch up, so ready at once.</summary>
    sealed class Idle(IServiceProvider services) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            services.GetRequiredService<Health.StartupGate>().Open();
            return Task.CompletedTask;
        }
    }
}
