using System.Buffers.Binary;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace MediaMonitor.Probing;

/// <summary>
/// Opens a TCP tunnel to the target through the vantage's HTTP (CONNECT) or SOCKS5 proxy. The
/// proxy resolves the name, so DNS is the proxy's; the tcp entry records the tunnel.
/// </summary>
internal static class ProxyTunnel
{
    private const int MaxConnectResponseBytes = 16 * 1024;

    public static async Task<Stream> OpenAsync(HopRecorder hop, CancellationToken cancellationToken)
    {
        var vantage = hop.Settings.Vantage;
        var url = hop.Url;
        var host = url.HostNameType == UriHostNameType.IPv6 ? url.DnsSafeHost : url.IdnHost;
        hop.Dns = new DnsResult("proxy", host, [], null, 0);
        var colon = vantage.Proxy!.LastIndexOf(':');
        var proxyHost = vantage.Proxy[..colon].Trim('[', ']');
        var proxyPort = int.Parse(vantage.Proxy[(colon + 1)..], CultureInfo.InvariantCulture);

        hop.Enter("tcp");
        var started = hop.Time.GetTimestamp();
        var client = new TcpClient { NoDelay = true };
        try
        {
            using var connectTimeout = new CancellationTokenSource(hop.Settings.ConnectTimeout, hop.Time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connectTimeout.Token);
            await client.ConnectAsync(proxyHost, proxyPort, linked.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            if (vantage.Kind == "socks5")
            {
                await Socks5Async(stream, host, url.Port, linked.Token).ConfigureAwait(false);
            }
            else
            {
                await HttpConnectAsync(stream, url, linked.Token).ConfigureAwait(false);
            }

            hop.AddTcp(new TcpConnectResult(host, url.Port, null, hop.Time.GetElapsedTime(started).TotalMilliseconds));
            return stream;
        }
        catch (Exception e)
        {
            client.Dispose();
            hop.AddTcp(new TcpConnectResult(host, url.Port, FailureClassifier.Classify(e), hop.Time.GetElapsedTime(started).TotalMilliseconds));
            hop.FailedPhase = "tcp";
            throw;
        }
    }

    private static async Task HttpConnectAsync(NetworkStream stream, Uri url, CancellationToken cancellationToken)
    {
        var authority = url.HostNameType == UriHostNameType.IPv6 ? $"[{url.DnsSafeHost}]:{url.Port}" : $"{url.IdnHost}:{url.Port}";
        var request = Encoding.ASCII.GetBytes($"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n");
        await stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);

        // Read byte by byte up to the blank line: anything after it belongs to the tunnel.
        var header = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(header))
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new ProxyException(Failures.Eof, "the proxy closed the connection during CONNECT");
            }

            header.Add(one[0]);
            if (header.Count > MaxConnectResponseBytes)
            {
                throw new ProxyException(Failures.InvalidResponse, "the proxy's CONNECT answer is too long");
            }
        }

        var statusLine = Encoding.ASCII.GetString([.. header]).Split("\r\n")[0];
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var status))
        {
            throw new ProxyException(Failures.InvalidResponse, $"the proxy answered CONNECT with '{statusLine}'");
        }

        if (status is < 200 or >= 300)
        {
            throw new ProxyException(status == 504 ? Failures.Timeout : Failures.ProxyRefused, $"the proxy answered CONNECT with {statusLine}");
        }
    }

    private static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';

    private static async Task Socks5Async(NetworkStream stream, string host, int port, CancellationToken cancellationToken)
    {
        // Greeting: version 5, one method, "no authentication".
        await stream.WriteAsync(new byte[] { 5, 1, 0 }, cancellationToken).ConfigureAwait(false);
        var choice = await ReadExactlyAsync(stream, 2, cancellationToken).ConfigureAwait(false);
        if (choice[0] != 5 || choice[1] != 0)
        {
            throw new ProxyException(Failures.ProxyRefused, "the SOCKS5 proxy requires authentication");
        }

        var name = Encoding.ASCII.GetBytes(host);
        if (name.Length > 255)
        {
            throw new ProxyException(Failures.ProxyRefused, "host name too long for SOCKS5");
        }

        var request = new byte[7 + name.Length];
        request[0] = 5;
        request[1] = 1;
        request[3] = 3;
        request[4] = (byte)name.Length;
        name.CopyTo(request, 5);
        BinaryPrimitives.WriteUInt16BigEndian(request.AsSpan(5 + name.Length), (ushort)port);
        await stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);

        var reply = await ReadExactlyAsync(stream, 4, cancellationToken).ConfigureAwait(false);
        if (reply[1] != 0)
        {
            throw new ProxyException(Socks5Failure(reply[1]), $"the SOCKS5 proxy answered {reply[1]}");
        }

        var addressLength = reply[3] switch
        {
            1 => 4,
            4 => 16,
            3 => (await ReadExactlyAsync(stream, 1, cancellationToken).ConfigureAwait(false))[0],
            _ => throw new ProxyException(Failures.InvalidResponse, "the SOCKS5 proxy's reply has an unknown address type"),
        };
        await ReadExactlyAsync(stream, addressLength + 2, cancellationToken).ConfigureAwait(false);
    }

    // RFC 1928 reply codes, named with OONI's strings where they mean the same thing.
    private static string Socks5Failure(byte code) => code switch
    {
        3 => Failures.NetworkUnreachable,
        4 => Failures.HostUnreachable,
        5 => Failures.ConnectionRefused,
        6 => Failures.Timeout,
        _ => Failures.ProxyRefused,
    };

    private static async Task<byte[]> ReadExactlyAsync(NetworkStream stream, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer;
    }
}
