using System.Globalization;
using System.Net;
using Akutprognos.Storage;
using Akutprognos.Web.Health;
using Akutprognos.Web.Tests.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Akutprognos.Web.Tests.Health;

public sealed class JobFailureTests
{
    // The default schedule runs at 21:30 in Stockholm: 20:30 UTC in November.
    static readonly DateTimeOffset Due = DateTimeOffset.Parse("2026-11-20T20:30:00Z", CultureInfo.InvariantCulture);
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task Nightly_DatabaseRefusesWrites_FailureAlertedOnceRetriedWithBackoffRecordedLaterAndHostKeepsServing()
    {
        using var server = ServerDatabase.Create();
        await using var inbox = await NoticeInbox.StartAsync();
        using (var database = AkutprognosDatabase.Open(server.Target))
        {
            inbox.Configure(database);
        }
        var clock = new FakeTimeProvider(Due.AddMinutes(-1));
        using var app = new TestApp(server.Target, schedule: true, adminPassword: "admin password 1", clock: clock);
        using var anonymous = app.Client();
        Assert.True(Wait.Until(() => anonymous.GetAsync(new Uri("/health", UriKind.Relative)).Result.IsSuccessStatusCode, Patience), "never ready");
        using var admin = app.Client();
        await Login.AsAsync(admin, "admin", "admin password 1");
        var failures = app.Services.GetRequiredService<JobFailures>();

        server.StopWrites();
        clock.SetUtcNow(Due);
        var first = AwaitAttempt(failures, 1);
        Assert.True(Wait.Until(() => !inbox.Mails.IsEmpty, Patience), "no alert mail");
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = AwaitAttempt(failures, 2);
        clock.Advance(TimeSpan.FromMinutes(2));
        var third = AwaitAttempt(failures, 3);
        using var health = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));
        using var adminHealth = await admin.GetAsync(new Uri("/health", UriKind.Relative));
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();

        // Tried again after 1, then 2, then 4 minutes, each failure for the reason the database gave.
        Assert.Equal(Due.AddMinutes(1), first.NextAttempt);
        Assert.Equal(Due.AddMinutes(1 + 2), second.NextAttempt);
        Assert.Equal(Due.AddMinutes(1 + 2 + 4), third.NextAttempt);
        Assert.Contains("read-only transaction", third.Reason, StringComparison.Ordinal);
        // Alerted once, on both channels, even though the delivery could not be recorded.
        var mail = Assert.Single(inbox.Mails);
        Assert.Contains("Subject: Akutprognos ALERT: the forecast run failed", mail, StringComparison.Ordinal);
        Assert.Single(inbox.Posts);
        // A load balancer sees 503; an admin sees why.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, adminHealth.StatusCode);
        var reasons = await adminHealth.Content.ReadAsStringAsync();
        Assert.Contains("the database cannot be written", reasons, StringComparison.Ordinal);
        Assert.Contains("the forecast run is failing (3 attempts", reasons, StringComparison.Ordinal);
        // The host is still up.
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Empty(HostFaults.Failed(app.Services));

        // Writes work again: the next attempt records the three failures the database could not take then.
        server.AllowWrites();
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(Wait.Until(() => !failures.Current.Any(f => f.Kind == "forecast"), Patience), "the fourth attempt never ran");
        using var check = AkutprognosDatabase.Open(server.Target);
        var recorded = check.Runs().Where(r => r.Kind == "forecast").ToList();
        Assert.Equal(3, recorded.Count(r => r.Outcome == "failed" && r.Detail.StartsWith("attempt ", StringComparison.Ordinal)
            && r.Detail.Contains("read-only transaction", StringComparison.Ordinal)));
        // The fourth attempt ran: the empty database has nothing to forecast, which is a skipped run with its reason
        // (no fault, so no further retries), and its own alert says what to do.
        Assert.Contains(recorded, r => r.Outcome == "skipped" && r.Detail.StartsWith("nightly: ", StringComparison.Ordinal));
        Assert.True(Wait.Until(() => inbox.Mails.Count == 2, Patience), "no notice of the skipped run");
        Assert.Contains("no forecast could be made", inbox.Mails.Last(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nightly_DatabaseServerStops_AlertStillSentHealth503AndHostKeepsServing()
    {
        using var server = ServerDatabase.Create();
        await using var inbox = await NoticeInbox.StartAsync();
        using (var database = AkutprognosDatabase.Open(server.Target))
        {
            inbox.Configure(database);
        }
        using var forwarder = new TcpForwarder(server.Server.Host, server.Server.Port);
        var clock = new FakeTimeProvider(Due.AddMinutes(-1));
        using var app = new TestApp(server.Through(forwarder), schedule: true, clock: clock);
        using var client = app.Client();
        Assert.True(Wait.Until(() => client.GetAsync(new Uri("/health", UriKind.Relative)).Result.IsSuccessStatusCode, Patience), "never ready");
        var failures = app.Services.GetRequiredService<JobFailures>();

        forwarder.Stop();
        clock.SetUtcNow(Due);
        var first = AwaitAttempt(failures, 1);
        Assert.True(Wait.Until(() => !inbox.Mails.IsEmpty, Patience), "no alert mail");
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        // The notice settings and the schedule could not be read any more; the ones read before stood in.
        Assert.Equal(Due.AddMinutes(1), first.NextAttempt);
        Assert.Contains("Subject: Akutprognos ALERT: the forecast run failed", Assert.Single(inbox.Mails), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.False(app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Empty(HostFaults.Failed(app.Services));
    }

    /// <summary>Waits until the forecast has failed <paramref name="attempts"/> times in a row and its retry is waiting.</summary>
    static JobFailure AwaitAttempt(JobFailures failures, int attempts)
    {
        JobFailure? failure = null;
        Assert.True(
            Wait.Until(() => (failure = failures.Current.SingleOrDefault(f => f.Kind == "forecast")) is { } f && f.Attempts == attempts, Patience),
            $"attempt {attempts} never failed");
        return failure!;
    }
}
