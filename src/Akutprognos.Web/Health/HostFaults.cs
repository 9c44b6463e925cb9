namespace Akutprognos.Web.Health;

/// <summary>
/// Whether the host stopped because a background service failed. The host then stops by itself
/// (<see cref="BackgroundServiceExceptionBehavior.StopHost"/>), and a service manager must see a failure, not a
/// clean exit: <c>serve</c> exits with <see cref="ExitCode"/>.
/// </summary>
public static class HostFaults
{
    /// <summary>The exit code of a host stopped by a failed background service.</summary>
    public const int FaultExitCode = 70;

    /// <summary>The background services that ended with an exception, by type name.</summary>
    public static IReadOnlyList<string> Failed(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return [.. services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Where(s => s.ExecuteTask is { IsFaulted: true })
            .Select(s => $"{s.GetType().Name}: {s.ExecuteTask!.Exception!.GetBaseException().Message}")];
    }

    /// <summary>0 when the host was stopped (SIGTERM, Ctrl+C), <see cref="FaultExitCode"/> when a background service failed.</summary>
    public static int ExitCode(IServiceProvider services) => Failed(services).Count == 0 ? 0 : FaultExitCode;
}
