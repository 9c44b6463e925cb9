using System.Globalization;
using System.Text.Json;
using Akutprognos.Core.Calendar;
using Akutprognos.Core.Staffing;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;
using Akutprognos.Web.Schedule;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>Notices after a nightly run, delivered for real: to an SMTP server and a webhook receiver, both on loopback.</summary>
public sealed class NoticeDeliveryTests
{
    [Fact]
    public async Task AfterRun_NoCallIns_MailsTheSummaryAndPostsNothing()
    {
        var demo = DemoDatabase.Instance;
        await using var app = await NoticeApp.StartAsync();
        using (var source = demo.Open())
        {
            app.Database.SaveForecasts(source.LoadForecasts(demo.Tomorrow));
        }

        var report = await app.Service<NoticeSender>().AfterRunAsync(demo.Tomorrow, new RunOutcome(true, "test", Lines(app.Database)), CancellationToken.None);

        Assert.Equal(["e-mail: sent"], report);
        var mail = Assert.Single(app.Inbox.Mails);
        Assert.Contains("Subject: Akutprognos: forecast for " + demo.Tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mail, StringComparison.Ordinal);
        Assert.Contains("coordinator@example.org", mail, StringComparison.Ordinal);
        Assert.Contains("- Södersjukhuset: ", mail, StringComparison.Ordinal);
        Assert.Empty(app.Inbox.Posts);
        Assert.Equal("ok", Assert.Single(app.Database.Runs(), r => r.Kind.StartsWith("notice", StringComparison.Ordinal)).Outcome);
    }

    [Fact]
    public async Task AfterRun_WithCallIns_MailsAndPostsTheCallIns()
    {
        var demo = DemoDatabase.Instance;
        await using var app = await NoticeApp.StartAsync();
        var plan = DemoStaffing.Plan(app.Database);
        var callIns = plan.Sites.Sum(s => s.Roles.Sum(r => r.Changes.Count(c => c.Action == RosterAction.CallIn)));

        var report = await app.Service<NoticeSender>().AfterRunAsync(demo.Tomorrow, new RunOutcome(true, "test", Lines(app.Database), plan), CancellationToken.None);

        Assert.True(callIns > 0, "the demo roster is built to need call-ins");
        Assert.Equal(["e-mail: sent", "webhook: sent"], report);
        Assert.Contains($", {callIns} call-in", Assert.Single(app.Inbox.Mails), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(app.Inbox.Posts));
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("- Region (all EDs): ", text, StringComparison.Ordinal);
        Assert.Contains(" call in ", text, StringComparison.Ordinal);
        Assert.Equal(callIns, json.RootElement.GetProperty("callIns").GetArrayLength());
        Assert.Equal(8, json.RootElement.GetProperty("forecasts").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task AfterRun_AppInAnotherZone_GivesShiftTimesInThatZone()
    {
        var demo = DemoDatabase.Instance;
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        await using var app = await NoticeApp.StartAsync(zone: london);
        var plan = DemoStaffing.Plan(app.Database);
        var (site, role, change) = plan.Sites
            .SelectMany(s => s.Roles.SelectMany(r => r.Changes.Where(c => c.Action == RosterAction.CallIn).Select(c => (s.Site, r.Role, c))))
            .First();

        await app.Service<NoticeSender>().AfterRunAsync(demo.Tomorrow, new RunOutcome(true, "test", Lines(app.Database), plan), CancellationToken.None);

        // London is an hour behind Stockholm all year, so the two readings of the same shift never coincide.
        var mail = Assert.Single(app.Inbox.Mails);
        Assert.Contains(StaffingText.Recommendation(site, role, change, london), mail, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffingText.Recommendation(site, role, change, LocalDays.Stockholm), mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterFailedRun_WithUnreachableMailServer_RecordsTheFailureAndStillPostsTheAlert()
    {
        await using var app = await NoticeApp.StartAsync(configure: false);
        app.Database.SaveSettings(
            new NoticeSettings("coordinator@example.org", "127.0.0.1", LoopbackSmtp.FreePort(), "akutprognos@example.org", "none", app.Inbox.HookUrl).ToStored(), "test");
        var date = new DateOnly(2030, 1, 2);

        var report = await app.Service<NoticeSender>().AfterRunAsync(date, new RunOutcome(false, "nightly: no arrivals", []), CancellationToken.None);

        Assert.StartsWith("e-mail: failed", report[0], StringComparison.Ordinal);
        Assert.Equal("webhook: sent", report[1]);
        using var json = JsonDocument.Parse(Assert.Single(app.Inbox.Posts));
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Contains("ALERT", json.RootElement.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("no arrivals", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(app.Database.Runs(), r => r.Kind == "notice e-mail" && r.Outcome == "failed");
    }

    [Fact]
    public async Task NightlyRun_ThatCannotForecast_AlertsByMailAndWebhookWithTheReason()
    {
        await using var app = await NoticeApp.StartAsync();

        // Nothing can be forecast: each series is skipped with its reason, and the run is recorded as skipped, not failed.
        var outcome = await app.Service<ForecastRunner>().RunAsync(new DateOnly(2030, 1, 2), "nightly", CancellationToken.None);

        Assert.False(outcome.Ok);
        Assert.Equal("skipped", outcome.Recorded);
        var reason = Assert.Single(outcome.Skipped!.Take(1)).Reason;
        Assert.Contains(": ", reason, StringComparison.Ordinal);
        var mail = Assert.Single(app.Inbox.Mails);
        Assert.Contains("Subject: Akutprognos ALERT: no forecast could be made for 2030-01-02", mail, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(app.Inbox.Posts));
        Assert.Contains(reason, json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("skipped", app.Database.Runs().First(r => r.Kind == "forecast").Outcome);
    }

    static List<ForecastLine> Lines(AkutprognosDatabase database) =>
        [.. database.LoadForecasts(DemoDatabase.Instance.Tomorrow).Select(f => new ForecastLine(f, f.Series, null, new Dictionary<string, double>()))];
}
