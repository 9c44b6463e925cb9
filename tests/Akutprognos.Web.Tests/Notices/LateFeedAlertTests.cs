using System.Text.Json;
using Akutprognos.Core.Series;
using Akutprognos.Web.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace Akutprognos.Web.Tests.Notices;

public sealed class LateFeedAlertTests
{
    static readonly DateTimeOffset LastHour = new(2026, 11, 20, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Check_FeedGoesLate_AlertsOnceThenOnceWhenBack()
    {
        await using var app = await NoticeApp.StartAsync(lateFeedHours: 24);
        var database = app.Database;
        database.ImportArrivals([new HourlyArrivals("Danderyd", LastHour, 4), new HourlyArrivals("Solna", LastHour.AddHours(30), 5)], [], "feed");
        database.ImportVisitors([new HourlyVisitors("all", LastHour.AddHours(30), 900)], "feed");
        var watch = app.Service<FeedWatch>();
        var now = LastHour.AddHours(36);

        var first = await watch.CheckAsync(now, CancellationToken.None);
        var hourLater = await watch.CheckAsync(now.AddHours(1), CancellationToken.None);
        var restarted = await CheckAfterRestartAsync(app.Path, now.AddHours(2));
        database.ImportArrivals([new HourlyArrivals("Danderyd", now.AddHours(2), 3)], [], "feed");
        var back = await watch.CheckAsync(now.AddHours(3), CancellationToken.None);

        Assert.Equal(["e-mail: sent", "webhook: sent"], first);
        Assert.Empty(hourLater);
        Assert.Empty(restarted);
        Assert.Equal(["e-mail: sent", "webhook: sent"], back);
        var mails = app.Inbox.Mails.ToList();
        Assert.Equal(2, mails.Count);
        Assert.Contains("Subject: Akutprognos ALERT: arrivals from Danderyd is late", mails[0], StringComparison.Ordinal);
        Assert.Contains("nothing after 2026-11-21 00:00 (35 h)", mails[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Solna", mails[0], StringComparison.Ordinal);
        Assert.Contains("arrivals from Danderyd back on time", mails[1], StringComparison.Ordinal);
        var posts = app.Inbox.Posts.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("text").GetString()!).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Contains("- arrivals from Danderyd: nothing after", posts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WebSignalLateAndThresholdOff_AlertsOnlyWhileOn()
    {
        await using var app = await NoticeApp.StartAsync(lateFeedHours: 0);
        app.Database.ImportVisitors([new HourlyVisitors("all", LastHour, 900)], "feed");
        var watch = app.Service<FeedWatch>();

        var off = await watch.CheckAsync(LastHour.AddDays(5), CancellationToken.None);
        app.Inbox.Configure(app.Database, lateFeedHours: 48);
        var early = await watch.CheckAsync(LastHour.AddHours(40), CancellationToken.None);
        var late = await watch.CheckAsync(LastHour.AddHours(50), CancellationToken.None);

        Assert.Empty(off);
        Assert.Empty(early);
        Assert.Equal(["e-mail: sent", "webhook: sent"], late);
        Assert.Contains("web visitors (all) is late", Assert.Single(app.Inbox.Mails), StringComparison.Ordinal);
    }

    /// <summary>Checks from a second app on the same database, as after a restart: it must know what was alerted already.</summary>
    static async Task<IReadOnlyList<string>> CheckAfterRestartAsync(string path, DateTimeOffset now)
    {
        using var app = new TestApp(path);
        app.Client().Dispose();
        return await app.Services.GetRequiredService<FeedWatch>().CheckAsync(now, CancellationToken.None);
    }
}
