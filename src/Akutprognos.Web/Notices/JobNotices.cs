using System.Globalization;
using Akutprognos.Web.Health;

namespace Akutprognos.Web.Notices;

/// <summary>What the alerts on a scheduled job that failed or did not run at all say.</summary>
static class JobNotices
{
    /// <summary>A job failed and is being retried (or its retries are used up).</summary>
    public static Notice Failed(JobFailure failure, DateOnly date)
    {
        var next = failure.NextAttempt is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"It is tried again at {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC, with longer waits after each failure.")
            : "Its retries are used up; the next scheduled run tries again.";
        var text = $"The {failure.Kind} run failed: {failure.Reason}\n{next}\nThe Schedule page and /health show how it goes; this alert is not repeated for the same failure.\n";
        return new Notice($"Akutprognos ALERT: the {failure.Kind} run failed", text, date, false, []) { Urgent = true };
    }

    /// <summary>A scheduled run did not happen at all.</summary>
    public static Notice Missed(string kind, DateTimeOffset due, TimeSpan grace, DateOnly date)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"The {kind} run due at {due.UtcDateTime:yyyy-MM-dd HH:mm} UTC has not started {grace.TotalMinutes:F0} minutes later. Check that the service runs and its log.\n");
        return new Notice($"Akutprognos ALERT: the {kind} run did not run", text, date, false, []) { Urgent = true };
    }
}
