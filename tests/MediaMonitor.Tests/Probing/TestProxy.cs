using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MediaMonitor.Tests.Probing;

/// <summary>
/// A real proxy on loopback, HTTP CONNECT or SOCKS5 (no authentication), that resolves names
/// from its own table, as a remote proxy would, and records what it was asked for.
/// </summary>
internal sealed class TestProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, IPAddress> _names;
    private readonly bool _socks;
    private readonly Task _loop;

    private TestProxy(bool socks, Dictionary<string, IPAddress> names)
    {
        _socks = socks;
        _names = names;
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    public ConcurrentQueue<string> Requested { get; } = new();

    /// <summary>Hosts the proxy refuses (403 for CONNECT, "not allowed" for SOCKS5).</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public static TestProxy HttpConnect(Dictionary<string, IPAddress> names) => new(false, names);

    public static TestProxy Socks5(Dictionary<string, IPAddress> names) => new(true, names);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (host, port) = _socks ? await SocksAsync(stream) : await ConnectAsync(stream);
                Requested.Enqueue($"{host}:{port}");
                if (Refused.Contains(host))
                {
                    await RefuseAsync(stream);
                    return;
                }

                var address = IPAddress.TryParse(host, out var ip) ? ip : _names[host];
                using var upstream = new TcpClient();
                await upstream.ConnectAsync(address, port, _stop.Token);
                await AcceptAsync(stream);
                var up = upstream.GetStream();
                await Task.WhenAny(stream.CopyToAsync(up, _stop.Token), up.CopyToAsync(stream, _stop.Token));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or KeyNotFoundException)
            {
                // The probe's side of the test says what went wrong.
            }
        }
    }

    private static async Task<(string, int)> ConnectAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new IOException("closed");
            }

            head.Append((char)one[0]);
        }

        var target = head.ToString().Split(' ')[1];
        var colon = target.LastIndexOf(':');
        return (target[..colon].Trim('[', ']'), int.Parse(target[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<(string, int)> SocksAsync(NetworkStream stream)
    {
        var greeting = new byte[2];
        await stream.ReadExactlyAsync(greeting);
        await stream.ReadExactlyAsync(new byte[greeting[1]]);
        await stream.WriteAsync(new byte[] { 5, 0 });
        var request = new byte[4];
        await stream.ReadExactlyAsync(request);
        string host;
        if (request[3] == 3)
        {
            var length = new byte[1];
            await stream.ReadExactlyAsync(length);
            var name = new byte[length[0]];
            await stream.ReadExactlyAsync(name);
            host = Encoding.ASCII.GetString(name);
        }
        else
        {
            var raw = new byte[request[3] == 1 ? 4 : 16];
            await stream.ReadExactlyAsync(raw);
            host = new IPAddress(raw).ToString();
        }

        var port = new byte[2];
        await stream.ReadExactlyAsync(port);
        return (host, BinaryPrimitives.ReadUInt16BigEndian(port));
    }

    private Task AcceptAsync(NetworkStream stream) => _socks
        ? stream.WriteAsync(new byte[] { 5, 0, 0, 1, 127, 0, 0, 1, 0, 0 }).AsTask()
        : stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 Connection established\r\n\r\n")).AsTask();

    private Task RefuseAsync(NetworkStream stream) => _socks
        ? stream.WriteAsync(new byte[] { 5, 2, 0, 1, 0, 0, 0, 0, 0, 0 }).AsTask()
        : stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")).AsTask();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
