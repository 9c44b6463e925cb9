using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Akutprognos.Storage;
using Akutprognos.Web.Notices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>Where the notices of a test go: a real SMTP server and a webhook receiver, both on loopback.</summary>
sealed class NoticeInbox : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    readonly SmtpServer.SmtpServer smtp;
    readonly Task smtpRun;
    readonly WebApplication receiver;

    NoticeInbox(int smtpPort, SmtpServer.SmtpServer smtp, WebApplication receiver, ConcurrentQueue<string> mails, ConcurrentQueue<string> posts)
    {
        Mails = mails;
        Posts = posts;
        SmtpPort = smtpPort;
        this.smtp = smtp;
        smtpRun = smtp.StartAsync(stop.Token);
        this.receiver = receiver;
        HookUrl = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
    }

    /// <summary>The mails received, as their raw text.</summary>
    public ConcurrentQueue<string> Mails { get; }

    /// <summary>The webhook bodies received.</summary>
    public ConcurrentQueue<string> Posts { get; }

    public int SmtpPort { get; }

    public string HookUrl { get; }

    public static async Task<NoticeInbox> StartAsync()
    {
        var mails = new ConcurrentQueue<string>();
        var posts = new ConcurrentQueue<string>();
        var port = FreePort();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(new Store(mails));
        var smtp = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(), provider);
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
        return new NoticeInbox(port, smtp, receiver, mails, posts);
    }

    /// <summary>Stores settings that send e-mail here and post the webhook here.</summary>
    public void Configure(AkutprognosDatabase database, int lateFeedHours = 36) => database.SaveSettings(
        new NoticeSettings("coordinator@example.org", "127.0.0.1", SmtpPort, "akutprognos@example.org", "none", HookUrl) { LateFeedHours = lateFeedHours }.ToStored(),
        "test");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        smtp.Shutdown();
        await smtpRun.ContinueWith(_ => { }, TaskScheduler.Default);
        await receiver.DisposeAsync();
        stop.Dispose();
    }

    sealed class Store(ConcurrentQueue<string> mails) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            mails.Enqueue(Encoding.UTF8.GetString(buffer.ToArray()));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
