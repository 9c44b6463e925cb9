using System.Globalization;
using System.Text.Json;
using Akutprognos.Core.Staffing;
using Akutprognos.Storage;
using Akutprognos.TestSupport;
using Akutprognos.Web.Notices;
using Akutprognos.Web.Schedule;
using Microsoft.Extensions.DependencyInjection;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>Notices after a nightly run, delivered for real: to an SMTP server and a webhook receiver, both on loopback.</summary>
public sealed class NoticeDeliveryTests
{
    [Fact]
    public async Task AfterRun_NoCallIns_MailsTheSummaryAndPostsNothing()
    {
        var demo = DemoDatabase.Instance;
        using var folder = new ScratchFolder();
        var path = folder.PathOf("notices.db");
        await using var inbox = await NoticeInbox.StartAsync();
        using var stored = AkutprognosDatabase.Open(path);
        using (var source = demo.Open())
        {
            stored.SaveForecasts(source.LoadForecasts(demo.Tomorrow));
        }
        inbox.Configure(stored);
        using var app = new TestApp(path);
        app.Client().Dispose();
        var lines = stored.LoadForecasts(demo.Tomorrow).Select(f => new ForecastLine(f, double.NaN, new Dictionary<string, double>())).ToList();

        var report = await app.Services.GetRequiredService<NoticeSender>().AfterRunAsync(demo.Tomorrow, new RunOutcome(true, "test", lines), CancellationToken.None);

        Assert.Equal(["e-mail: sent"], report);
        var mail = Assert.Single(inbox.Mails);
        Assert.Contains("Subject: Akutprognos: forecast for " + demo.Tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mail, StringComparison.Ordinal);
        Assert.Contains("coordinator@example.org", mail, StringComparison.Ordinal);
        Assert.Contains("- Södersjukhuset: ", mail, StringComparison.Ordinal);
        Assert.Empty(inbox.Posts);
        Assert.Equal("ok", Assert.Single(stored.Runs(), r => r.Kind.StartsWith("notice", StringComparison.Ordinal)).Outcome);
    }

    [Fact]
    public async Task AfterRun_WithCallIns_MailsAndPostsTheCallIns()
    {
        var demo = DemoDatabase.Instance;
        using var folder = new ScratchFolder();
        var path = folder.PathOf("callins.db");
        await using var inbox = await NoticeInbox.StartAsync();
        using var stored = AkutprognosDatabase.Open(path);
        var plan = DemoStaffing.Plan(stored);
        inbox.Configure(stored);
        using var app = new TestApp(path);
        app.Client().Dispose();
        var callIns = plan.Sites.Sum(s => s.Roles.Sum(r => r.Changes.Count(c => c.Action == RosterAction.CallIn)));
        var lines = stored.LoadForecasts(demo.Tomorrow).Select(f => new ForecastLine(f, double.NaN, new Dictionary<string, double>())).ToList();

        var report = await app.Services.GetRequiredService<NoticeSender>().AfterRunAsync(demo.Tomorrow, new RunOutcome(true, "test", lines, plan), CancellationToken.None);

        Assert.True(callIns > 0, "the demo roster is built to need call-ins");
        Assert.Equal(["e-mail: sent", "webhook: sent"], report);
        Assert.Single(inbox.Mails);
        using var json = JsonDocument.Parse(Assert.Single(inbox.Posts));
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("- Region (all EDs): ", text, StringComparison.Ordinal);
        Assert.Contains(" call in ", text, StringComparison.Ordinal);
        Assert.Equal(callIns, json.RootElement.GetProperty("callIns").GetArrayLength());
        Assert.Equal(8, json.RootElement.GetProperty("forecasts").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task AfterFailedRun_WithUnreachableMailServer_RecordsTheFailureAndStillPostsTheAlert()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("alert.db");
        await using var inbox = await NoticeInbox.StartAsync();
        using (var database = AkutprognosDatabase.Open(path))
        {
            database.SaveSettings(new NoticeSettings("coordinator@example.org", "127.0.0.1", NoticeInbox.FreePort(), "akutprognos@example.org", "none", inbox.HookUrl).ToStored(), "test");
        }
        using var app = new TestApp(path);
        app.Client().Dispose();
        var sender = app.Services.GetRequiredService<NoticeSender>();
        var date = new DateOnly(2030, 1, 2);

        var report = await sender.AfterRunAsync(date, new RunOutcome(false, "nightly: no arrivals", []), CancellationToken.None);

        Assert.StartsWith("e-mail: failed", report[0], StringComparison.Ordinal);
        Assert.Equal("webhook: sent", report[1]);
        using var json = JsonDocument.Parse(Assert.Single(inbox.Posts));
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Contains("ALERT", json.RootElement.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("no arrivals", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        using var stored = AkutprognosDatabase.Open(path);
        Assert.Contains(stored.Runs(), r => r.Kind == "notice e-mail" && r.Outcome == "failed");
    }

    [Fact]
    public async Task NightlyRun_ThatFails_AlertsByMailAndWebhook()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("empty.db");
        await using var inbox = await NoticeInbox.StartAsync();
        using (var database = AkutprognosDatabase.Open(path))
        {
            inbox.Configure(database);
        }
        using var app = new TestApp(path);
        app.Client().Dispose();

        var outcome = await app.Services.GetRequiredService<ForecastRunner>().RunAsync(new DateOnly(2030, 1, 2), "nightly", CancellationToken.None);

        Assert.False(outcome.Ok);
        Assert.Contains("Subject: Akutprognos ALERT: the forecast for 2030-01-02 failed", Assert.Single(inbox.Mails), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(inbox.Posts));
        Assert.Contains(outcome.Detail, json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
