using System.Net;
using System.Net.Sockets;

namespace Akutprognos.Web.Tests.Health;

/// <summary>
/// A loopback port that passes connections on to a server, until <see cref="Stop"/>: then the port is closed and every
/// connection through it cut, as when the server stops.
/// </summary>
sealed class TcpForwarder : IDisposable
{
    readonly TcpListener listener = new(IPAddress.Loopback, 0);
    readonly string host;
    readonly int port;
    readonly CancellationTokenSource stop = new();
    readonly List<TcpClient> open = [];

    public TcpForwarder(string host, int port)
    {
        this.host = host;
        this.port = port;
        listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>The port to connect to.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public void Stop()
    {
        stop.Cancel();
        listener.Stop();
        lock (open)
        {
            foreach (var client in open)
            {
                client.Dispose();
            }
            open.Clear();
        }
    }

    public void Dispose()
    {
        Stop();
        stop.Dispose();
    }

    async Task AcceptAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var inbound = await listener.AcceptTcpClientAsync(stop.Token);
                var outbound = new TcpClient();
                await outbound.ConnectAsync(host, port, stop.Token);
                lock (open)
                {
                    open.Add(inbound);
                    open.Add(outbound);
                }
                _ = PumpAsync(inbound, outbound);
                _ = PumpAsync(outbound, inbound);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // One side closed or the forwarder stopped.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
