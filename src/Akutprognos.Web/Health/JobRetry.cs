using System.Globalization;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;

namespace Akutprognos.Web.Health;

/// <summary>
/// How a scheduled job fails without taking the server down or going unnoticed. A failed attempt, whether the job
/// reported it or threw (the database full, unwritable or gone), is logged as an error, kept in
/// <see cref="JobFailures"/> for <c>/health</c>, recorded as a failed run (later, when the database could not take it
/// then), alerted through the notices once per streak of failures, and tried again after 1, 2, 4, 8 and 16 minutes.
/// After <see cref="MaxAttempts"/> attempts it waits for the next scheduled time, still reported by <c>/health</c>.
/// </summary>
public sealed class JobRetry(
    AkutprognosDatabase database, NoticeSender notices, JobFailures failures, TimeProvider clock, ILogger<JobRetry> log)
{
    /// <summary>Attempts per scheduled run, the first included.</summary>
    public const int MaxAttempts = 6;

    static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);

    readonly Lock gate = new();
    readonly List<(string Kind, DateOnly? Date, string Detail)> unrecorded = [];

    /// <summary>How long to wait after <paramref name="failedAttempts"/> failed attempts in a row, or null when they are used up.</summary>
    public static TimeSpan? DelayAfter(int failedAttempts) =>
        failedAttempts is >= 1 and < MaxAttempts ? FirstDelay * (1 << (failedAttempts - 1)) : null;

    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds or the attempts are used up; returns whether it succeeded.
    /// The attempt returns null when it succeeded, else why it failed (it has recorded that run itself).
    /// </summary>
    /// <param name="kind">What runs, as the runs table names it: "forecast", "nowcast".</param>
    /// <param name="date">The local date it works on.</param>
    /// <param name="attempt">One attempt.</param>
    /// <param name="alertsItself">Whether a failure the attempt reports was alerted by the attempt itself (the forecast's own notice).</param>
    /// <param name="afterFirstAttempt">Called once the first attempt has ended, however it ended.</param>
    /// <param name="cancellationToken">Stops the waiting between attempts.</param>
    public async Task<bool> RunAsync(
        string kind, DateOnly? date, Func<CancellationToken, Task<string?>> attempt, bool alertsItself, Action? afterFirstAttempt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        while (true)
        {
            RecordUnrecorded();
            string? reason;
            var threw = false;
            try
            {
                reason = await attempt(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Whatever the job throws (StorageException above all) stops this attempt, never the host.
                (reason, threw) = (e.Message, true);
            }
            afterFirstAttempt?.Invoke();
            afterFirstAttempt = null;
            if (reason is null)
            {
                if (failures.Succeeded(kind) is { } ended)
                {
                    log.LogWarning("The {Kind} run succeeded again after {Attempts} failed attempts", kind, ended.Attempts);
                }
                return true;
            }

            var now = clock.GetUtcNow();
            var attempts = (failures.Current.FirstOrDefault(f => f.Kind == kind)?.Attempts ?? 0) + 1;
            var delay = DelayAfter(attempts);
            // The timer starts before the failure is published, so whoever reads the failure finds the retry waiting.
            var wait = delay is { } d ? Task.Delay(d, clock, cancellationToken) : null;
            var failure = failures.Failed(kind, reason, now, now + delay);
            if (delay is null)
            {
                log.LogError("The {Kind} run failed {Attempts} times; next try at its next scheduled time: {Reason}", kind, attempts, reason);
            }
            else
            {
                log.LogError("The {Kind} run failed (attempt {Attempts}); trying again at {Next:u}: {Reason}", kind, attempts, now + delay, reason);
            }
            if (threw)
            {
                Record(kind, date, string.Create(CultureInfo.InvariantCulture, $"attempt {attempts}: {reason}"), now);
            }
            await AlertOnceAsync(failure, date ?? DateOnly.FromDateTime(now.UtcDateTime), threw || !alertsItself, cancellationToken);
            if (wait is null)
            {
                return false;
            }
            await wait;
        }
    }

    /// <summary>Alerts the first failure of a streak; when the attempt alerted itself, only notes that it did.</summary>
    async Task AlertOnceAsync(JobFailure failure, DateOnly date, bool send, CancellationToken cancellationToken)
    {
        if (failures.WasAlerted(failure.Kind))
        {
            return;
        }
        if (!send)
        {
            failures.Alerted(failure.Kind);
            return;
        }
        try
        {
            await notices.SendAsync(JobNotices.Failed(failure, date), cancellationToken);
            failures.Alerted(failure.Kind);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The notice settings live in the database too; the next failed attempt tries to alert again.
            log.LogError("Alerting on the failed {Kind} run failed: {Message}", failure.Kind, e.Message);
        }
    }

    /// <summary>Records a failed run the job could not record itself; kept for later when the database cannot take it now.</summary>
    void Record(string kind, DateOnly? date, string detail, DateTimeOffset at)
    {
        lock (gate)
        {
            unrecorded.Add((kind, date, string.Create(CultureInfo.InvariantCulture, $"{detail} (at {at:yyyy-MM-dd HH:mm} UTC)")));
        }
        RecordUnrecorded();
    }

    void RecordUnrecorded()
    {
        lock (gate)
        {
            try
            {
                while (unrecorded.Count > 0)
                {
                    var (kind, date, detail) = unrecorded[0];
                    database.FinishRun(database.StartRun(kind, date), false, detail);
                    unrecorded.RemoveAt(0);
                }
            }
            catch (StorageException e)
            {
                log.LogWarning("Recording the failed runs failed; they are recorded when the database takes writes again: {Message}", e.Message);
            }
        }
    }
}
