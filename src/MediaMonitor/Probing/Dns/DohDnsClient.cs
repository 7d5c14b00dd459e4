using System.Net;
using System.Net.Http.Headers;

namespace MediaMonitor.Probing.Dns;

/// <summary>
/// DNS over HTTPS (RFC 8484): each query POSTed as <c>application/dns-message</c>. HTTP/2 is asked
/// for and HTTP/1.1 accepted, since some DoH front ends still speak only that.
/// </summary>
public sealed class DohDnsClient : IDnsClient
{
    private const string MediaType = "application/dns-message";

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <param name="http">The client to send through; its handler decides proxy, TLS validation and pooling.</param>
    /// <param name="endpoint">The DoH URL, e.g. <c>https://dns.example/dns-query</c>.</param>
    /// <param name="timeout">The budget of one query (A and AAAA run side by side).</param>
    /// <param name="time">The clock for the timeout and the duration.</param>
    public DohDnsClient(HttpClient http, Uri endpoint, TimeSpan timeout, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"DoH endpoint '{endpoint}' is not an absolute http(s) URL.", nameof(endpoint));
        }

        _http = http;
        _endpoint = endpoint;
        _timeout = timeout;
        _time = time;
        Name = "doh:" + endpoint.AbsoluteUri;
    }

    public string Name { get; }

    public Task<DnsLookup> LookupAsync(string host, CancellationToken cancellationToken) =>
        DnsLookupBuilder.LookupAsync(Name, host, ExchangeAsync, _time, cancellationToken);

    internal async Task<DnsExchange> ExchangeAsync(string name, ushort qtype, CancellationToken cancellationToken)
    {
        var id = DnsLookupBuilder.NewId();
        var query = DnsMessage.BuildQuery(id, name, qtype);
        using var deadline = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        int? status = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
            {
                Content = new ByteArrayContent(query),
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (response.StatusCode != HttpStatusCode.OK
                || !string.Equals(response.Content.Headers.ContentType?.MediaType, MediaType, StringComparison.OrdinalIgnoreCase))
            {
                return DnsExchange.Failed(Failures.DnsServerMisbehaving, status);
            }

            var body = await ReadBodyAsync(response.Content, linked.Token).ConfigureAwait(false);
            if (body is null)
            {
                return DnsExchange.Failed(Failures.DnsServerMisbehaving, status);
            }

            var reply = DnsMessage.Parse(body);
            // Over HTTP no third party can slip in a reply, so a mismatch is the server's fault.
            return DnsLookupBuilder.Matches(reply, id, name, qtype)
                ? DnsExchange.Answered(reply, status)
                : DnsExchange.Failed(Failures.DnsServerMisbehaving, status);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DnsExchange.Failed(Failures.Timeout, status);
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return DnsExchange.Failed(FailureClassifier.Classify(e), status);
        }
        catch (DnsFormatException)
        {
            return DnsExchange.Failed(Failures.DnsServerMisbehaving, status);
        }
    }

    /// <summary>The body, or null when it is longer than any DNS message can be.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        const int MaxLength = 65535;
        if (content.Headers.ContentLength > MaxLength)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxLength)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
