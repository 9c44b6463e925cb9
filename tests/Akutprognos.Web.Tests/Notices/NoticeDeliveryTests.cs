using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Akutprognos.Storage;
using Akutprognos.TestSupport;
using Akutprognos.Web.Notices;
using Akutprognos.Web.Schedule;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>Notices delivered for real: to an SMTP server and a webhook receiver, both on loopback.</summary>
public sealed class NoticeDeliveryTests
{
    [Fact]
    public async Task AfterRun_WithEmailAndWebhookSet_DeliversTheSummaryToBoth()
    {
        var demo = DemoDatabase.Instance;
        using var folder = new ScratchFolder();
        var path = folder.PathOf("notices.db");
        using (var source = demo.Open())
        using (var target = AkutprognosDatabase.Open(path))
        {
            target.SaveForecasts(source.LoadForecasts(demo.Tomorrow));
        }

        await using var smtp = new LoopbackSmtp();
        var mails = smtp.Mails;
        var smtpPort = smtp.Port;

        var posts = new ConcurrentQueue<string>();
        await using var receiver = await StartReceiverAsync(posts);
        var hook = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

        using (var database = AkutprognosDatabase.Open(path))
        {
            database.SaveSettings(new NoticeSettings("coordinator@example.org", "127.0.0.1", smtpPort, "akutprognos@example.org", "none", hook).ToStored(), "test");
        }
        using var app = new TestApp(path);
        app.Client().Dispose();
        var sender = app.Services.GetRequiredService<NoticeSender>();
        using var stored = AkutprognosDatabase.Open(path);
        var lines = stored.LoadForecasts(demo.Tomorrow).Select(f => new ForecastLine(f, double.NaN, new Dictionary<string, double>())).ToList();

        var report = await sender.AfterRunAsync(demo.Tomorrow, new RunOutcome(true, "test", lines), CancellationToken.None);

        Assert.Equal(["e-mail: sent", "webhook: sent"], report);
        var mail = Assert.Single(mails);
        Assert.Contains("Subject: Akutprognos: forecast for " + demo.Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), mail, StringComparison.Ordinal);
        Assert.Contains("coordinator@example.org", mail, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(posts));
        Assert.Contains("- Region (all EDs): ", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("- Södersjukhuset: ", mail, StringComparison.Ordinal);
        Assert.Equal(8, json.RootElement.GetProperty("forecasts").GetArrayLength());
        Assert.All(stored.Runs().Where(r => r.Kind.StartsWith("notice", StringComparison.Ordinal)), r => Assert.Equal("ok", r.Outcome));
    }

    [Fact]
    public async Task AfterFailedRun_WithUnreachableMailServer_RecordsTheFailureAndStillPostsTheAlert()
    {
        using var folder = new ScratchFolder();
        var path = folder.PathOf("alert.db");
        var posts = new ConcurrentQueue<string>();
        await using var receiver = await StartReceiverAsync(posts);
        var hook = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
        using (var database = AkutprognosDatabase.Open(path))
        {
            database.SaveSettings(new NoticeSettings("coordinator@example.org", "127.0.0.1", LoopbackSmtp.FreePort(), "akutprognos@example.org", "none", hook).ToStored(), "test");
        }
        using var app = new TestApp(path);
        app.Client().Dispose();
        var sender = app.Services.GetRequiredService<NoticeSender>();
        var date = new DateOnly(2030, 1, 2);

        var report = await sender.AfterRunAsync(date, new RunOutcome(false, "nightly: no arrivals", []), CancellationToken.None);

        Assert.StartsWith("e-mail: failed", report[0], StringComparison.Ordinal);
        Assert.Equal("webhook: sent", report[1]);
        using var json = JsonDocument.Parse(Assert.Single(posts));
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Contains("ALERT", json.RootElement.GetProperty("subject").GetString(), StringComparison.Ordinal);
        using var stored = AkutprognosDatabase.Open(path);
        Assert.Contains(stored.Runs(), r => r.Kind == "notice e-mail" && r.Outcome == "failed");
    }

    static async Task<WebApplication> StartReceiverAsync(ConcurrentQueue<string> posts)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = builder.Build();
        receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            posts.Enqueue(await reader.ReadToEndAsync());
            return Results.Ok();
        });
        await receiver.StartAsync();
        return receiver;
    }
}
