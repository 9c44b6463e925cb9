using System.Globalization;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Akutprognos.Web.Health;

/// <summary>
/// The database takes writes: a small value is written at most every <see cref="Every"/>, so a full disk, a read-only
/// file or a server that refuses writes makes <c>/health</c> unhealthy (503) and a load balancer or monitor notices.
/// </summary>
sealed class StorageCheck(AkutprognosDatabase database, TimeProvider clock) : IHealthCheck
{
    /// <summary>The app-state value written.</summary>
    public const string ProbeSetting = "health.written";

    static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    readonly Lock gate = new();
    (DateTimeOffset At, HealthCheckResult Result)? latest;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (latest is not { } cached || now - cached.At >= Every || now < cached.At)
            {
                latest = (now, Probe(now));
            }
            return Task.FromResult(latest.Value.Result);
        }
    }

    HealthCheckResult Probe(DateTimeOffset now)
    {
        try
        {
            database.SaveAppState(ProbeSetting, now.ToString("O", CultureInfo.InvariantCulture));
            return HealthCheckResult.Healthy();
        }
        catch (StorageException e)
        {
            return HealthCheckResult.Unhealthy($"the database cannot be written: {e.Message}");
        }
    }
}

/// <summary>
/// Degraded while a scheduled job is failing (<see cref="JobFailures"/>) or the latest stored run of any kind failed:
/// the server still serves, yesterday's forecast stands, and someone must look.
/// </summary>
sealed class JobsCheck(AkutprognosDatabase database, JobFailures failures) : IHealthCheck
{
    // Enough to hold the latest run of every kind: a night makes a handful.
    const int RunsRead = 200;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reasons = failures.Current.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"the {f.Kind} run is failing ({f.Attempts} attempts since {f.Since:yyyy-MM-dd HH:mm} UTC, {(f.NextAttempt is { } next ? $"next at {next:HH:mm} UTC" : "no more retries until its next scheduled time")}): {f.Reason}"))
            .ToList();
        try
        {
            // The newest ended run of each kind, by id: two runs may end in the same second.
            var ended = database.Runs(RunsRead).Where(r => r.Outcome != "running").GroupBy(r => r.Kind, StringComparer.Ordinal).Select(g => g.First());
            foreach (var failed in ended.Where(r => r.Outcome == "failed" && !failures.IsFailing(r.Kind)))
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the latest {failed.Kind} run failed ({(failed.Finished ?? failed.Started).UtcDateTime:yyyy-MM-dd HH:mm} UTC): {failed.Detail}"));
            }
        }
        catch (StorageException)
        {
            // The database check says the database cannot be read.
        }
        return Task.FromResult(reasons.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded(string.Join("; ", reasons)));
    }
}

/// <summary>Degraded while a data feed is later than the notices' late-feed threshold (off when it is 0).</summary>
sealed class FeedsCheck(AkutprognosDatabase database, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stored = database.Settings();
            var hours = NoticeSettings.From(stored).LateFeedHours;
            var late = hours == 0 ? [] : LateFeed.Find(database.NewestHours(), clock.GetUtcNow(), TimeSpan.FromHours(hours));
            return Task.FromResult(late.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded("late data feeds: " + string.Join(", ", late.Select(f => string.Create(CultureInfo.InvariantCulture,
                    $"{LateFeed.Name(f.Key, Settings.SiteNames.None)} ({f.Silence.TotalHours:F0} h)")))));
        }
        catch (StorageException)
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }
    }
}

/// <summary>Degraded while a scheduled run has not happened at all (<see cref="MissedRunWatch"/>).</summary>
sealed class ScheduleCheck(MissedRunWatch watch) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(watch.Missed is { } due
            ? HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture, $"the forecast run due at {due.UtcDateTime:yyyy-MM-dd HH:mm} UTC did not run"))
            : HealthCheckResult.Healthy());
}
