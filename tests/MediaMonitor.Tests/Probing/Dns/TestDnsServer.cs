using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>A DNS server on 127.0.0.1, UDP and TCP on the same port, answering from a <see cref="DnsTestZone"/>.</summary>
internal sealed class TestDnsServer : IAsyncDisposable
{
    private readonly Socket _udp;
    private readonly Socket _tcp;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _udpLoop;
    private readonly Task _tcpLoop;

    private TestDnsServer(DnsTestZone zone, Socket udp, Socket tcp)
    {
        Zone = zone;
        _udp = udp;
        _tcp = tcp;
        EndPoint = (IPEndPoint)udp.LocalEndPoint!;
        _udpLoop = ServeUdpAsync(_stop.Token);
        _tcpLoop = ServeTcpAsync(_stop.Token);
    }

    public DnsTestZone Zone { get; }

    public IPEndPoint EndPoint { get; }

    public static TestDnsServer Start(DnsTestZone zone)
    {
        // The TCP port must equal the UDP one; another process may hold it, so try a few UDP ports.
        for (var attempt = 0; ; attempt++)
        {
            var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                tcp.Bind(udp.LocalEndPoint!);
                tcp.Listen(16);
                return new TestDnsServer(zone, udp, tcp);
            }
            catch (SocketException) when (attempt < 20)
            {
                udp.Dispose();
                tcp.Dispose();
            }
        }
    }

    /// <summary>Polls (real time) until the zone has seen what <paramref name="condition"/> wants.</summary>
    public async Task WaitForQueriesAsync(Func<IReadOnlyCollection<ReceivedQuery>, bool> condition, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!condition([.. Zone.Queries]))
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _udp.Dispose();
        _tcp.Dispose();
        await _udpLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _tcpLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task ServeUdpAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[65535];
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _udp.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), cancellationToken);
            }
            catch (SocketException) when (!cancellationToken.IsCancellationRequested)
            {
                // Windows reports an earlier reply's ICMP unreachable here; the next datagram is fine.
                continue;
            }

            foreach (var reply in Zone.Respond(buffer.AsSpan(0, received.ReceivedBytes), DnsTestZone.Udp))
            {
                await _udp.SendToAsync(reply, SocketFlags.None, received.RemoteEndPoint, cancellationToken);
            }
        }
    }

    private async Task ServeTcpAsync(CancellationToken cancellationToken)
    {
        var connections = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var connection = await _tcp.AcceptAsync(cancellationToken);
                connections.Add(ServeConnectionAsync(connection, cancellationToken));
            }
        }
        finally
        {
            await Task.WhenAll(connections).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ServeConnectionAsync(Socket connection, CancellationToken cancellationToken)
    {
        await using var stream = new NetworkStream(connection, ownsSocket: true);
        var prefix = new byte[2];
        while (await stream.ReadAtLeastAsync(prefix, 2, throwOnEndOfStream: false, cancellationToken) == 2)
        {
            var query = new byte[BinaryPrimitives.ReadUInt16BigEndian(prefix)];
            await stream.ReadExactlyAsync(query, cancellationToken);
            foreach (var reply in Zone.Respond(query, DnsTestZone.Tcp))
            {
                var framed = new byte[reply.Length + 2];
                BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)reply.Length);
                reply.CopyTo(framed, 2);
                await stream.WriteAsync(framed, cancellationToken);
            }
        }
    }
}
