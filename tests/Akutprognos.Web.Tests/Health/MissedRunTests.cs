using System.Globalization;
using Akutprognos.Storage;
using Akutprognos.TestSupport;
using Akutprognos.Web.Health;
using Akutprognos.Web.Tests.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Akutprognos.Web.Tests.Health;

public sealed class MissedRunTests
{
    // The default schedule runs at 21:30 in Stockholm: 20:30 UTC in November.
    static readonly DateTimeOffset Due = DateTimeOffset.Parse("2026-11-20T20:30:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Watch_NightlyRunNeverStarts_AlertsOnceAndDegradedUntilARunStarts()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("missed.db");
        await using var inbox = await NoticeInbox.StartAsync();
        using var database = AkutprognosDatabase.Open(path);
        inbox.Configure(database);
        using var app = new TestApp(path, clock: new FakeTimeProvider(Due.AddHours(-2)));
        app.Client().Dispose();
        var watch = app.Services.GetRequiredService<MissedRunWatch>();
        var health = app.Services.GetRequiredService<HealthCheckService>();

        var withinGrace = await watch.CheckAsync(Due + MissedRunWatch.Grace - TimeSpan.FromMinutes(1), CancellationToken.None);
        var missed = await watch.CheckAsync(Due + MissedRunWatch.Grace + TimeSpan.FromMinutes(1), CancellationToken.None);
        var stillMissed = await watch.CheckAsync(Due + TimeSpan.FromHours(1), CancellationToken.None);
        var whileMissed = await health.CheckHealthAsync();
        database.StartRun("forecast", new DateOnly(2026, 11, 21));
        var afterStart = await watch.CheckAsync(Due + TimeSpan.FromHours(2), CancellationToken.None);
        var afterRun = await health.CheckHealthAsync();

        Assert.Empty(withinGrace);
        Assert.Equal(["e-mail: sent", "webhook: sent"], missed);
        Assert.Empty(stillMissed);
        Assert.Contains("Subject: Akutprognos ALERT: the forecast run did not run", Assert.Single(inbox.Mails), StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Degraded, whileMissed.Entries["schedule"].Status);
        Assert.Equal("the forecast run due at 2026-11-20 20:30 UTC did not run", whileMissed.Entries["schedule"].Description);
        Assert.Empty(afterStart);
        Assert.Null(watch.Missed);
        Assert.Equal(HealthStatus.Healthy, afterRun.Entries["schedule"].Status);
    }
}
