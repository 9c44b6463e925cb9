using System.Text.Json;
using Akutprognos.Core.Series;
using Akutprognos.Core.Staffing;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;
using Akutprognos.Pipeline.Forecasts;
using Akutprognos.Web.Schedule;
using MimeKit;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>Notices name an ED by the display name the admins gave it; the webhook's machine fields keep the code.</summary>
public sealed class NoticeNamesTests
{
    static void Name(AkutprognosDatabase database, string site, string displayName) => StoredSites.Name(database, site, displayName);

    static MimeMessage Message(string raw)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }

    [Fact]
    public async Task AfterRun_SiteWithDisplayName_MailAndWebhookUseIt()
    {
        var demo = DemoDatabase.Instance;
        await using var app = await NoticeApp.StartAsync();
        var plan = DemoStaffing.Plan(app.Database);
        var site = plan.Sites.First(s => s.Roles.Any(r => r.Changes.Any(c => c.Action == RosterAction.CallIn))).Site;
        const string Shown = "Akutmottagning Öst";
        Name(app.Database, site, Shown);
        var lines = app.Database.LoadForecasts(demo.Tomorrow).Select(f => new ForecastLine(f, f.Series, null, new Dictionary<string, double>())).ToList();

        var report = await app.Service<NoticeSender>().AfterRunAsync(demo.Tomorrow, new RunOutcome(true, "test", lines, plan), CancellationToken.None);

        Assert.Equal(["e-mail: sent", "webhook: sent"], report);
        var mail = Assert.Single(app.Inbox.Mails);
        using var message = Message(mail);
        var body = message.TextBody;
        Assert.Contains($"- {Shown}: ", body, StringComparison.Ordinal);
        Assert.Contains($"- {Shown}: call in ", body, StringComparison.Ordinal);
        Assert.DoesNotContain($"- {site}: ", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(app.Inbox.Posts));
        var root = json.RootElement;
        Assert.Contains($"- {Shown}: call in ", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("callIns").EnumerateArray(), c => c.GetString()!.StartsWith($"{Shown}: call in ", StringComparison.Ordinal));
        var forecast = root.GetProperty("forecasts").EnumerateArray().Single(f => f.GetProperty("series").GetString() == site);
        Assert.Equal(site, forecast.GetProperty("name").GetString());
        Assert.Equal(Shown, forecast.GetProperty("displayName").GetString());
        var region = root.GetProperty("forecasts").EnumerateArray().Single(f => f.GetProperty("series").GetString() == Core.Series.SeriesId.RegionKey);
        Assert.Equal("Region (all EDs)", region.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task LateFeed_SiteWithDisplayName_SubjectAndTextUseIt()
    {
        var lastHour = new DateTimeOffset(2026, 11, 20, 22, 0, 0, TimeSpan.Zero);
        await using var app = await NoticeApp.StartAsync(lateFeedHours: 24);
        app.Database.ImportArrivals([new HourlyArrivals("Danderyd", lastHour, 4)], [], "feed");
        Name(app.Database, "Danderyd", "DS akuten");

        var report = await app.Service<FeedWatch>().CheckAsync(lastHour.AddHours(36), CancellationToken.None);

        Assert.Equal(["e-mail: sent", "webhook: sent"], report);
        var mail = Assert.Single(app.Inbox.Mails);
        using var message = Message(mail);
        Assert.Equal("Akutprognos ALERT: arrivals from DS akuten is late", message.Subject);
        Assert.Contains("- arrivals from DS akuten: nothing after", message.TextBody, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(app.Inbox.Posts));
        Assert.Contains("- arrivals from DS akuten: nothing after", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
