using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>A real SMTP server on a free loopback port that keeps every message it receives, as raw text.</summary>
sealed class LoopbackSmtp : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    readonly SmtpServer.SmtpServer server;
    readonly Task running;

    public LoopbackSmtp()
    {
        Port = FreePort();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(new Inbox(Mails));
        server = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build(), provider);
        running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<string> Mails { get; } = new();

    /// <summary>A loopback port nobody listens on (yet).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        server.Shutdown();
        await running.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    sealed class Inbox(ConcurrentQueue<string> mails) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            mails.Enqueue(Encoding.UTF8.GetString(buffer.ToArray()));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
