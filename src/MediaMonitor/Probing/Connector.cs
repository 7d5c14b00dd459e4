using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace MediaMonitor.Probing;

/// <summary>
/// The probe's connect callback: DNS with the vantage's resolver, TCP to every answer (the first
/// that connects carries the request), or a tunnel through the vantage's proxy; then TLS with SNI
/// for https, keeping the presented chain whatever its validity.
/// </summary>
internal static class Connector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (!context.InitialRequestMessage.Options.TryGetValue(HttpProbe.HopKey, out var hop))
        {
            throw new InvalidOperationException("Requests on the probe's client must be made through HttpProbe.");
        }

        var stream = hop.Settings.Vantage.Kind == "direct"
            ? await ConnectDirectAsync(hop, cancellationToken).ConfigureAwait(false)
            : await ProxyTunnel.OpenAsync(hop, cancellationToken).ConfigureAwait(false);

        if (hop.Url.Scheme != Uri.UriSchemeHttps)
        {
            hop.TransportReadyAt = hop.Time.GetTimestamp();
            return stream;
        }

        hop.Enter("tls");
        return await HandshakeAsync(hop, stream, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Stream> ConnectDirectAsync(HopRecorder hop, CancellationToken cancellationToken)
    {
        hop.Enter("dns");
        var addresses = await ResolveAsync(hop, cancellationToken).ConfigureAwait(false);
        hop.Enter("tcp");
        if (!hop.Settings.AllowPrivateAddresses && addresses.Any(Dns.Bogons.IsBogon))
        {
            hop.AddTcp(new TcpConnectResult(Text(addresses.First(Dns.Bogons.IsBogon)), hop.Url.Port, Failures.PrivateAddressRefused, 0));
            hop.FailedPhase = "tcp";
            throw new ProxyException(Failures.PrivateAddressRefused, "refused to connect to a non-public address");
        }

        var candidates = addresses.Take(hop.Settings.MaxAddresses).ToList();

        // Every answer is tried at once: whether all of a site's addresses are blocked is evidence.
        var attempts = candidates.Select(a => ConnectOneAsync(hop, a, cancellationToken)).ToList();
        var results = await Task.WhenAll(attempts).ConfigureAwait(false);
        Socket? chosen = null;
        Exception? firstError = null;
        foreach (var (result, socket, error) in results)
        {
            hop.AddTcp(result);
            if (socket is not null && chosen is null)
            {
                chosen = socket;
            }
            else
            {
                socket?.Dispose();
                firstError ??= error;
            }
        }

        if (chosen is null)
        {
            hop.FailedPhase = "tcp";
            throw firstError ?? new SocketException((int)SocketError.HostNotFound);
        }

        return new NetworkStream(chosen, ownsSocket: true);
    }

    private static async Task<(TcpConnectResult Result, Socket? Socket, Exception? Error)> ConnectOneAsync(HopRecorder hop, IPAddress address, CancellationToken cancellationToken)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var started = hop.Time.GetTimestamp();
        using var connectTimeout = new CancellationTokenSource(hop.Settings.ConnectTimeout, hop.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connectTimeout.Token);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, hop.Url.Port), linked.Token).ConfigureAwait(false);
            return (new TcpConnectResult(Text(address), hop.Url.Port, null, hop.Time.GetElapsedTime(started).TotalMilliseconds), socket, null);
        }
        catch (Exception e)
        {
            socket.Dispose();
            return (new TcpConnectResult(Text(address), hop.Url.Port, FailureClassifier.Classify(e), hop.Time.GetElapsedTime(started).TotalMilliseconds), null, e);
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(HopRecorder hop, CancellationToken cancellationToken)
    {
        var url = hop.Url;
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return [IPAddress.Parse(url.DnsSafeHost)];
        }

        var host = url.IdnHost;
        if (hop.Settings.StaticAnswers.TryGetValue(host, out var fixedAnswers))
        {
            var answers = fixedAnswers.Where(a => !string.IsNullOrWhiteSpace(a)).Select(IPAddress.Parse).ToArray();
            hop.Dns = new DnsResult("static", host, answers.Select(Text).ToList(), answers.Length == 0 ? Failures.DnsNxdomain : null, 0)
            {
                Rcode = answers.Length == 0 ? "NXDOMAIN" : "NOERROR",
            };
            return answers.Length > 0 ? answers : Fail(hop, SocketError.HostNotFound);
        }

        if (hop.Settings.Resolver is { } resolver)
        {
            var lookup = await resolver.LookupAsync(host, cancellationToken).ConfigureAwait(false);
            hop.Dns = new DnsResult(lookup.Resolver, host, lookup.Addresses.Select(Text).ToList(), lookup.Failure, lookup.Ms)
            {
                Cnames = lookup.Cnames,
                Rcode = lookup.Rcode,
            };
            if (lookup.Failure is not null || lookup.Addresses.Count == 0)
            {
                hop.FailedPhase = "dns";
                throw new DnsLookupException(lookup.Failure ?? Failures.DnsNoAnswer);
            }

            return [.. lookup.Addresses];
        }

        var started = hop.Time.GetTimestamp();
        try
        {
            var addresses = await System.Net.Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            hop.Dns = new DnsResult("system", host, addresses.Select(Text).ToList(), addresses.Length == 0 ? Failures.DnsNoAnswer : null, hop.Time.GetElapsedTime(started).TotalMilliseconds)
            {
                Rcode = "NOERROR",
            };
            return addresses.Length > 0 ? addresses : Fail(hop, SocketError.NoData);
        }
        catch (Exception e) when (hop.Dns is null)
        {
            var failure = FailureClassifier.Classify(e);
            hop.Dns = new DnsResult("system", host, [], failure, hop.Time.GetElapsedTime(started).TotalMilliseconds)
            {
                Rcode = failure == Failures.DnsNxdomain ? "NXDOMAIN" : null,
            };
            hop.FailedPhase = "dns";
            throw;
        }
    }

    private static IPAddress[] Fail(HopRecorder hop, SocketError error)
    {
        hop.FailedPhase = "dns";
        throw new SocketException((int)error);
    }

    private static async Task<Stream> HandshakeAsync(HopRecorder hop, Stream stream, CancellationToken cancellationToken)
    {
        var url = hop.Url;
        var serverName = url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 ? url.DnsSafeHost : url.IdnHost;
        var capture = new CertificateCapture(hop.Settings.ExtraRoots);
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        var started = hop.Time.GetTimestamp();
        try
        {
            await ssl.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = serverName,
                    RemoteCertificateValidationCallback = capture.Validate,
                    ApplicationProtocols = [SslApplicationProtocol.Http11],
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                },
                cancellationToken).ConfigureAwait(false);
            var ms = hop.Time.GetElapsedTime(started).TotalMilliseconds;
            hop.Tls = new TlsResult(serverName, ProtocolName(ssl.SslProtocol), ssl.NegotiatedCipherSuite.ToString(), capture.Chain, null, ms);
            hop.TransportReadyAt = hop.Time.GetTimestamp();
            return ssl;
        }
        catch (Exception e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            var failure = e is AuthenticationException && capture.Failure is not null ? capture.Failure : FailureClassifier.Classify(e);
            hop.Tls = new TlsResult(serverName, null, null, capture.Chain, failure, hop.Time.GetElapsedTime(started).TotalMilliseconds);
            hop.FailedPhase = "tls";
            throw;
        }
    }

    private static string ProtocolName(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls13 => "TLSv1.3",
        SslProtocols.Tls12 => "TLSv1.2",
#pragma warning disable SYSLIB0039, CA5397 // Old protocols are named, not used: a server that negotiates them is evidence.
        SslProtocols.Tls11 => "TLSv1.1",
        SslProtocols.Tls => "TLSv1.0",
#pragma warning restore SYSLIB0039, CA5397
        _ => protocol.ToString(),
    };

    internal static string Text(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString() : address.ToString();
}
