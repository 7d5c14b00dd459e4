using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using MediaMonitor.Configuration;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Probing;

/// <summary>
/// Checks one URL: DNS, TCP and TLS done by our own connect callback (so each is timed and its
/// failure named), then HTTP/1.1 over that connection, redirects followed by hand, the body
/// capped and hashed. Every request gets a connection of its own (see CreateRequest), so each check
/// measures the network rather than a pooled socket.
/// </summary>
public sealed partial class HttpProbe(
    HttpClient client,
    IOptions<ProbeOptions> options,
    ConcurrencyGate gate,
    ProbeEnvironment environment,
    TimeProvider time,
    ILogger<HttpProbe> logger)
{
    private const int TitleHeadBytes = 64 * 1024;
    private const int MaxRecordedHeaders = 100;
    private const int MaxHeaderValueLength = 1024;

    internal static readonly HttpRequestOptionsKey<HopRecorder> HopKey = new("MediaMonitor.Hop");

    private readonly ProbeOptions _options = options.Value;

    /// <summary>Measures from a direct vantage of that name with the system resolver.</summary>
    public Task<Measurement> MeasureAsync(ProbeTarget target, string vantage, CancellationToken cancellationToken) =>
        MeasureAsync(target, new VantageOptions { Name = vantage }, cancellationToken);

    public async Task<Measurement> MeasureAsync(ProbeTarget target, VantageOptions vantage, CancellationToken cancellationToken)
    {
        var settings = environment.SettingsFor(vantage);
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
            hop = new HopRecorder(url, time, settings);
            var outcome = await SendOnceAsync(hop, target, linked.Token, cancellationToken).ConfigureAwait(false);
            headersAt = outcome.HeadersAt;
            if (outcome.Location is null)
            {
                http = outcome.Http with { Redirects = redirects, FinalUrl = url.AbsoluteUri };
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

        hop.Seal();
        var total = time.GetElapsedTime(start).TotalMilliseconds;
        var firstByte = headersAt is { } h && hop.TransportReadyAt is { } ready ? time.GetElapsedTime(ready, h).TotalMilliseconds : (double?)null;
        var measurement = new Measurement
        {
            Id = Guid.CreateVersion7(startedAt),
            Url = target.Url.AbsoluteUri,
            List = target.List,
            Outlet = target.Outlet,
            Category = target.Category,
            Vantage = vantage.Name,
            VantageCountry = vantage.Country,
            VantageNetwork = vantage.Network,
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

    private async Task<HopOutcome> SendOnceAsync(HopRecorder hop, ProbeTarget target, CancellationToken token, CancellationToken callerToken)
    {
        var requestHeaders = RequestHeaders(hop.Url, target.UserAgent ?? _options.UserAgent);
        using var request = CreateRequest(hop, requestHeaders);
        var sendStart = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        }
        catch (Exception e) when (!callerToken.IsCancellationRequested)
        {
            var ms = time.GetElapsedTime(sendStart).TotalMilliseconds;
            if (hop.TransportReadyAt is null)
            {
                hop.Abandon(FailureClassifier.Classify(e));
            }

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

            var body = await ReadBodyAsync(response, contentType, target.KeepBody, token, callerToken).ConfigureAwait(false);
            var http = new HttpResult
            {
                Status = status,
                Title = body.Title,
                ContentType = contentType?.MediaType,
                BodyLength = body.Length,
                BodyTruncated = body.Truncated,
                BodySha256 = body.Sha256,
                BodyMs = body.Ms,
                BodyText = body.Text,
                Body = body.Kept,
                ReasonPhrase = response.ReasonPhrase,
                RequestHeaders = requestHeaders,
                Headers = headers,
                Failure = body.Failure,
                Ms = time.GetElapsedTime(sendStart).TotalMilliseconds,
            };
            return new HopOutcome(http, null, body.Failure, body.Failure is null ? null : "http", headersAt);
        }
    }

    /// <summary>The header fields every request carries, in the order sent.</summary>
    internal static List<KeyValuePair<string, string>> RequestHeaders(Uri url, string userAgent) =>
    [
        new("Host", HostHeader(url)),
        new("User-Agent", userAgent),
        new("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
        new("Accept-Language", "ru,kk;q=0.9,en;q=0.8"),
        new("Accept-Encoding", "gzip, deflate, br"),
        new("Connection", "close"),
    ];

    private static HttpRequestMessage CreateRequest(HopRecorder hop, List<KeyValuePair<string, string>> headers)
    {
        var url = hop.Url;

        // TLS is done by our connect callback so that it can be timed and its certificate chain
        // kept even when validation fails; the handler must therefore see plain http on the same port.
        // The handler pools connections by host, and a connection attempt outlives a request that gave
        // up on it; a host name of its own per request keeps every measurement on its own connection.
        var transportUri = new UriBuilder(url)
        {
            Scheme = Uri.UriSchemeHttp,
            Host = $"hop-{Guid.NewGuid():N}.invalid",
            Port = url.Port,
        }.Uri;
        var request = new HttpRequestMessage(HttpMethod.Get, transportUri)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.Host = HostHeader(url);
        request.Headers.ConnectionClose = true;
        foreach (var (name, value) in headers.Where(h => h.Key is not ("Host" or "Connection" or "Accept-Encoding")))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

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

    private async Task<BodyRead> ReadBodyAsync(HttpResponseMessage response, MediaTypeHeaderValue? contentType, bool keep, CancellationToken token, CancellationToken callerToken)
    {
        var kept = keep ? new MemoryStream() : null;
        var max = _options.MaxBodyBytes;
        var started = time.GetTimestamp();
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
                    kept?.Write(buffer, 0, read);
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
            var text = headLength > 0 ? Content.HtmlDecoder.Decode(head.AsSpan(0, headLength), contentType?.ToString()) : null;
            var title = text is null ? null : TitleExtractor.FromText(text);
            var sha = total > 0 || failure is null ? Convert.ToHexStringLower(hash.GetHashAndReset()) : null;
            var keptBytes = kept is null ? (ReadOnlyMemory<byte>?)null : kept.GetBuffer().AsMemory(0, (int)kept.Length);
            return new BodyRead(total, truncated, sha, title, text, time.GetElapsedTime(started).TotalMilliseconds, failure) { Kept = keptBytes };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    private sealed record HopOutcome(HttpResult Http, string? Location, string? Failure, string? FailedPhase, long? HeadersAt);

    private sealed record BodyRead(long Length, bool Truncated, string? Sha256, string? Title, string? Text, double Ms, string? Failure)
    {
        public ReadOnlyMemory<byte>? Kept { get; init; }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Checked {Url}: status {Status}, {Outcome} in {TotalMs:F0} ms")]
        public static partial void Measured(ILogger logger, string url, int? status, string outcome, double totalMs);
    }
}
