using System.Collections.Concurrent;
using System.Text;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>Where the notices of a test go: a real SMTP server and a webhook receiver, both on loopback.</summary>
sealed class NoticeInbox : IAsyncDisposable
{
    readonly LoopbackSmtp smtp;
    readonly WebApplication receiver;

    NoticeInbox(LoopbackSmtp smtp, WebApplication receiver, ConcurrentQueue<string> posts)
    {
        this.smtp = smtp;
        this.receiver = receiver;
        Posts = posts;
        HookUrl = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
    }

    /// <summary>The mails received, as their raw text.</summary>
    public ConcurrentQueue<string> Mails => smtp.Mails;

    /// <summary>The webhook bodies received.</summary>
    public ConcurrentQueue<string> Posts { get; }

    public int SmtpPort => smtp.Port;

    public string HookUrl { get; }

    public static async Task<NoticeInbox> StartAsync()
    {
        var posts = new ConcurrentQueue<string>();
        var smtp = new LoopbackSmtp();
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
        return new NoticeInbox(smtp, receiver, posts);
    }

    /// <summary>Stores settings that send e-mail here and post the webhook here.</summary>
    public void Configure(AkutprognosDatabase database, int lateFeedHours = 36) => database.SaveSettings(
        new NoticeSettings("coordinator@example.org", "127.0.0.1", SmtpPort, "akutprognos@example.org", "none", HookUrl) { LateFeedHours = lateFeedHours }.ToStored(),
        "test");

    public async ValueTask DisposeAsync()
    {
        await smtp.DisposeAsync();
        await receiver.DisposeAsync();
    }
}
