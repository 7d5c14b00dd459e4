using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Probing;

/// <summary>
/// Checks one URL: DNS, TCP and TLS done by our own connect callback (so each is timed and its
/// failure named), then HTTP/1.1 over that connection, redirects followed by hand, the body
/// capped and hashed. Every request opens a fresh connection, so each check measures the network
/// rather than a pooled socket.
/// </summary>
public sealed partial class HttpProbe(
    HttpClient client,
    IOptions<ProbeOptions> options,
    ConcurrencyGate gate,
    TimeProvider time,
    ILogger<HttpProbe> logger)
{
    private const int TitleHeadBytes = 64 * 1024;
    private const int MaxRecordedHeaders = 100;
    private const int MaxHeaderValueLength = 1024;

    internal static readonly HttpRequestOptionsKey<HopRecorder> HopKey = new("MediaMonitor.Hop");

    private readonly ProbeOptions _options = options.Value;

    public async Task<Measurement> MeasureAsync(ProbeTarget target, string vantage, CancellationToken cancellationToken)
    {
        var url = target.Url;
        ValidateTarget(url);

        using var hostLease = await gate.EnterHostAsync(url.IdnHost, cancellationToken).ConfigureAwait(false);
        var startedAt = time.GetUtcNow();
        var start = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        var redirects = new List<RedirectHop>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        HopRecorder hop;
        HttpResult http;
        string? failure;
        string? failedPhase;
        long? headersAt = null;

        while (true)
        {
            hop = new HopRecorder(url, time, _options.MaxAddressesPerHost, TimeSpan.FromSeconds(_options.ConnectTimeoutSeconds), _options.Resolve);
            var outcome = await SendOnceAsync(hop, linked.Token, cancellationToken).ConfigureAwait(false);
            headersAt = outcome.HeadersAt;
            if (outcome.Location is null)
            {
                http = outcome.Http with { Redirects = redirects };
                failure = outcome.Failure;
                failedPhase = outcome.FailedPhase;
                break;
            }

            redirects.Add(new RedirectHop(url.AbsoluteUri, outcome.Http.Status ?? 0, outcome.Location));
            (var next, failure) = NextUrl(url, outcome.Location, seen, redirects.Count);
            if (failure is not null)
            {
                http = outcome.Http with { Redirects = redirects, Failure = failure };
                failedPhase = "http";
                break;
            }

            url = next!;
        }

        var total = time.GetElapsedTime(start).TotalMilliseconds;
        var firstByte = headersAt is { } h && hop.TransportReadyAt is { } ready ? time.GetElapsedTime(ready, h).TotalMilliseconds : (double?)null;
        var measurement = new Measurement
        {
            Id = Guid.CreateVersion7(startedAt),
            Url = target.Url.AbsoluteUri,
            List = target.List,
            Outlet = target.Outlet,
            Vantage = vantage,
            StartedAt = startedAt,
            Dns = hop.Dns,
            Tcp = hop.Tcp,
            Tls = hop.Tls,
            Http = http,
            Failure = failure,
            FailedPhase = failedPhase,
            Timings = new Timings(hop.Dns?.Ms, hop.ConnectMs, hop.Tls?.Ms, firstByte, total),
        };
        Log.Measured(logger, measurement.Url, http.Status, failure ?? "ok", total);
        return measurement;
    }

    /// <summary>URLs we refuse to fetch at all: other schemes, and credentials that would leak into logs and stores.</summary>
    public static void ValidateTarget(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"not an http or https URL: {url}", nameof(url));
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new ArgumentException($"URLs with credentials are refused: {url.GetComponents(UriComponents.SchemeAndServer & ~UriComponents.UserInfo, UriFormat.UriEscaped)}", nameof(url));
        }
    }

    private (Uri? Next, string? Failure) NextUrl(Uri current, string location, HashSet<string> seen, int redirectCount)
    {
        if (!Uri.TryCreate(current, location, out var next))
        {
            return (null, Failures.InvalidResponse);
        }

        if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
        {
            return (null, Failures.UnsupportedRedirect);
        }

        if (!string.IsNullOrEmpty(next.UserInfo))
        {
            return (null, Failures.UnsupportedRedirect);
        }

        if (!seen.Add(next.AbsoluteUri))
        {
            return (null, Failures.RedirectLoop);
        }

        return redirectCount > _options.MaxRedirects ? (null, Failures.TooManyRedirects) : (next, null);
    }

    private async Task<HopOutcome> SendOnceAsync(HopRecorder hop, CancellationToken token, CancellationToken callerToken)
    {
        using var request = CreateRequest(hop);
        var sendStart = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        }
        catch (Exception e) when (!callerToken.IsCancellationRequested)
        {
            var ms = time.GetElapsedTime(sendStart).TotalMilliseconds;
            if (hop.FailedPhase is not null)
            {
                var transportFailure = hop.TransportFailure ?? FailureClassifier.Classify(e);
                return new HopOutcome(new HttpResult { Failure = null, Ms = ms }, null, transportFailure, hop.FailedPhase, null);
            }

            var failure = FailureClassifier.Classify(e);
            return new HopOutcome(new HttpResult { Failure = failure, Ms = ms }, null, failure, "http", null);
        }

        using (response)
        {
            var headersAt = time.GetTimestamp();
            var status = (int)response.StatusCode;
            var headers = RecordHeaders(response);
            var contentType = response.Content.Headers.ContentType;
            var location = status is >= 300 and < 400 ? LocationOf(response) : null;
            if (location is not null)
            {
                return new HopOutcome(
                    new HttpResult { Status = status, Headers = headers, ContentType = contentType?.MediaType, Ms = time.GetElapsedTime(sendStart).TotalMilliseconds },
                    location, null, null, headersAt);
            }

            var body = await ReadBodyAsync(response, contentType, token, callerToken).ConfigureAwait(false);
            var http = new HttpResult
            {
                Status = status,
                Title = body.Title,
                ContentType = contentType?.MediaType,
                BodyLength = body.Length,
                BodyTruncated = body.Truncated,
                BodySha256 = body.Sha256,
                Headers = headers,
                Failure = body.Failure,
                Ms = time.GetElapsedTime(sendStart).TotalMilliseconds,
            };
            return new HopOutcome(http, null, body.Failure, body.Failure is null ? null : "http", headersAt);
        }
    }

    private HttpRequestMessage CreateRequest(HopRecorder hop)
    {
        var url = hop.Url;

        // TLS is done by our connect callback so that it can be timed and its certificate chain
        // kept even when validation fails; the handler must therefore see plain http on the same port.
        var transportUri = url.Scheme == Uri.UriSchemeHttps
            ? new UriBuilder(url) { Scheme = Uri.UriSchemeHttp, Port = url.Port }.Uri
            : url;
        var request = new HttpRequestMessage(HttpMethod.Get, transportUri)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.Host = HostHeader(url);
        request.Headers.ConnectionClose = true;
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.TryAddWithoutValidation("Accept-Language", "ru,kk;q=0.9,en;q=0.8");
        request.Options.Set(HopKey, hop);
        return request;
    }

    private static string HostHeader(Uri url)
    {
        var host = url.HostNameType == UriHostNameType.IPv6 ? $"[{url.DnsSafeHost}]" : url.IdnHost;
        return url.IsDefaultPort ? host : $"{host}:{url.Port}";
    }

    private static string? LocationOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? location.OriginalString
        : response.Headers.TryGetValues("Location", out var values) ? values.FirstOrDefault()
        : null;

    private static Dictionary<string, string> RecordHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
        {
            if (headers.Count >= MaxRecordedHeaders)
            {
                break;
            }

            var value = string.Join(", ", values);
            headers[name.ToLowerInvariant()] = value.Length > MaxHeaderValueLength ? value[..MaxHeaderValueLength] : value;
        }

        return headers;
    }

    private async Task<BodyRead> ReadBodyAsync(HttpResponseMessage response, MediaTypeHeaderValue? contentType, CancellationToken token, CancellationToken callerToken)
    {
        var max = _options.MaxBodyBytes;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var head = ArrayPool<byte>.Shared.Rent(TitleHeadBytes);
        long total = 0;
        var headLength = 0;
        var truncated = false;
        string? failure = null;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    // One byte past the cap tells a body of exactly the cap from a longer one.
                    var want = (int)Math.Min(buffer.Length, max + 1 - total);
                    var read = await stream.ReadAsync(buffer.AsMemory(0, want), token).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    if (total + read > max)
                    {
                        read = (int)(max - total);
                        truncated = true;
                    }

                    hash.AppendData(buffer, 0, read);
                    var toHead = Math.Min(read, TitleHeadBytes - headLength);
                    if (toHead > 0)
                    {
                        Buffer.BlockCopy(buffer, 0, head, headLength, toHead);
                        headLength += toHead;
                    }

                    total += read;
                    if (truncated)
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception e) when (!callerToken.IsCancellationRequested)
        {
            failure = FailureClassifier.Classify(e);
        }

        try
        {
            var title = TitleExtractor.Extract(head.AsSpan(0, headLength), contentType?.CharSet);
            var sha = total > 0 || failure is null ? Convert.ToHexStringLower(hash.GetHashAndReset()) : null;
            return new BodyRead(total, truncated, sha, title, failure);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    /// <summary>The handler's connect callback: DNS, TCP to each answer in turn, then TLS for https.</summary>
    internal static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (!context.InitialRequestMessage.Options.TryGetValue(HopKey, out var hop))
        {
            throw new InvalidOperationException("Requests on the probe's client must be made through HttpProbe.");
        }

        var url = hop.Url;
        var time = hop.Time;
        var addresses = await ResolveAsync(hop, cancellationToken).ConfigureAwait(false);

        Socket? connected = null;
        Exception? lastError = null;
        foreach (var address in addresses.Take(hop.MaxAddresses))
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            var started = time.GetTimestamp();
            using var connectTimeout = new CancellationTokenSource(hop.ConnectTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connectTimeout.Token);
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, url.Port), linked.Token).ConfigureAwait(false);
                hop.Tcp.Add(new TcpConnectResult(FailureClassifierAddress(address), url.Port, null, time.GetElapsedTime(started).TotalMilliseconds));
                connected = socket;
                break;
            }
            catch (Exception e)
            {
                socket.Dispose();
                hop.Tcp.Add(new TcpConnectResult(FailureClassifierAddress(address), url.Port, FailureClassifier.Classify(e), time.GetElapsedTime(started).TotalMilliseconds));
                lastError = e;
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }

        if (connected is null)
        {
            hop.FailedPhase = "tcp";
            throw lastError ?? new SocketException((int)SocketError.HostNotFound);
        }

        var stream = new NetworkStream(connected, ownsSocket: true);
        if (url.Scheme != Uri.UriSchemeHttps)
        {
            hop.TransportReadyAt = time.GetTimestamp();
            return stream;
        }

        return await HandshakeAsync(hop, stream, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IPAddress[]> ResolveAsync(HopRecorder hop, CancellationToken cancellationToken)
    {
        var url = hop.Url;
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return [IPAddress.Parse(url.DnsSafeHost)];
        }

        var host = url.IdnHost;
        if (hop.StaticAnswers.TryGetValue(host, out var fixedAnswers))
        {
            var answers = fixedAnswers.Where(a => !string.IsNullOrWhiteSpace(a)).Select(IPAddress.Parse).ToArray();
            hop.Dns = new DnsResult("static", host, answers.Select(FailureClassifierAddress).ToList(), answers.Length == 0 ? Failures.DnsNxdomain : null, 0);
            if (answers.Length == 0)
            {
                hop.FailedPhase = "dns";
                throw new SocketException((int)SocketError.HostNotFound);
            }

            return answers;
        }

        var started = hop.Time.GetTimestamp();
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            var ms = hop.Time.GetElapsedTime(started).TotalMilliseconds;
            hop.Dns = new DnsResult("system", host, addresses.Select(FailureClassifierAddress).ToList(), addresses.Length == 0 ? Failures.DnsNoAnswer : null, ms);
            if (addresses.Length == 0)
            {
                hop.FailedPhase = "dns";
                throw new SocketException((int)SocketError.NoData);
            }

            return addresses;
        }
        catch (Exception e) when (hop.Dns is null)
        {
            hop.Dns = new DnsResult("system", host, [], FailureClassifier.Classify(e), hop.Time.GetElapsedTime(started).TotalMilliseconds);
            hop.FailedPhase = "dns";
            throw;
        }
    }

    private static async Task<Stream> HandshakeAsync(HopRecorder hop, NetworkStream stream, CancellationToken cancellationToken)
    {
        var url = hop.Url;
        var serverName = url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 ? url.DnsSafeHost : url.IdnHost;
        var capture = new CertificateCapture();
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
                    CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
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

    private static string FailureClassifierAddress(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString() : address.ToString();

    private sealed record HopOutcome(HttpResult Http, string? Location, string? Failure, string? FailedPhase, long? HeadersAt);

    private sealed record BodyRead(long Length, bool Truncated, string? Sha256, string? Title, string? Failure);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Checked {Url}: status {Status}, {Outcome} in {TotalMs:F0} ms")]
        public static partial void Measured(ILogger logger, string url, int? status, string outcome, double totalMs);
    }
}
