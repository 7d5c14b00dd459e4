using System.Globalization;
using System.Net;
using MediaMonitor.Configuration;
using MediaMonitor.Content.Politeness;
using MediaMonitor.Evidence;
using MediaMonitor.Probing;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Content.Monitoring;

/// <summary>
/// Fetches pages for content monitoring as a polite crawler: from the default vantage, with a
/// User-Agent naming a contact, one request per host per interval (or robots.txt's Crawl-delay),
/// robots.txt honoured for articles and feeds, the body kept (capped by Probing:MaxBodyBytes after
/// decompression), and any response that backs a finding written to a WARC file.
/// </summary>
internal sealed class PageFetcher(
    HttpProbe probe,
    RobotsCache robots,
    HostRateLimiter limiter,
    WarcWriter warc,
    IOptions<ContentOptions> options,
    IOptions<MonitorOptions> monitor,
    IOptions<PathsOptions> paths)
{
    private const double MaxCrawlDelaySeconds = 60;

    private readonly ContentOptions _options = options.Value;

    /// <summary>Fetches <paramref name="url"/>; with <paramref name="honourRobots"/>, not at all when robots.txt disallows it.</summary>
    public async Task<PageFetch> FetchAsync(Uri url, string? list, string? outlet, bool honourRobots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var interval = _options.MinRequestInterval;
        if (honourRobots)
        {
            var rules = await RobotsAsync(url, cancellationToken).ConfigureAwait(false);
            if (!rules.IsAllowed(url, _options.ProductToken))
            {
                return new PageFetch(url, null);
            }

            if (rules.CrawlDelay(_options.ProductToken) is { } delay)
            {
                var capped = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds, MaxCrawlDelaySeconds));
                interval = capped > interval ? capped : interval;
            }
        }

        var measurement = await MeasureAsync(url, list, outlet, interval, cancellationToken).ConfigureAwait(false);
        return new PageFetch(url, measurement);
    }

    /// <summary>The robots.txt rules of <paramref name="url"/>'s origin.</summary>
    public Task<RobotsTxt> RobotsAsync(Uri url, CancellationToken cancellationToken) =>
        robots.GetAsync(url, (robotsUrl, token) => MeasureAsync(robotsUrl, null, null, _options.MinRequestInterval, token), cancellationToken);

    /// <summary>Writes the fetch's final request and response to the WARC files, with <paramref name="metadata"/>; the location is relative to the data folder.</summary>
    public async Task<WarcLocation?> KeepAsync(PageFetch fetch, IReadOnlyList<KeyValuePair<string, string>> metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        if (fetch.Measurement is not { Http: { Status: { } status } http } measurement)
        {
            return null;
        }

        var headers = http.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value)).ToList();
        var remote = measurement.Tcp.LastOrDefault(t => t.Failure is null) is { } tcp && IPAddress.TryParse(tcp.Address, out var ip) ? ip : null;
        var reason = string.IsNullOrEmpty(http.ReasonPhrase) ? "" : " " + http.ReasonPhrase;
        var exchange = new WarcExchange(
            fetch.FinalUrl,
            new WarcHttpRequest("GET", http.RequestHeaders),
            new WarcHttpResponse($"HTTP/1.1 {status.ToString(CultureInfo.InvariantCulture)}{reason}", headers, fetch.Body)
            {
                BodyDecoded = http.Headers.ContainsKey("content-encoding"),
            },
            remote,
            measurement.StartedAt)
        {
            Metadata =
            [
                new("measurement-id", measurement.Id.ToString()),
                new("requested-url", fetch.Url.AbsoluteUri),
                .. http.Redirects.Select(r => new KeyValuePair<string, string>("redirect", $"{r.Status} {r.Url} -> {r.Location}")),
                .. http.BodyTruncated ? [new KeyValuePair<string, string>("truncated", "length")] : Array.Empty<KeyValuePair<string, string>>(),
                .. metadata,
            ],
        };
        var location = await warc.WriteExchangeAsync(exchange, cancellationToken).ConfigureAwait(false);
        return location with { File = Path.GetRelativePath(paths.Value.DataFolder, location.File) };
    }

    private Task<Measurement> MeasureAsync(Uri url, string? list, string? outlet, TimeSpan interval, CancellationToken cancellationToken)
    {
        var vantage = monitor.Value.Find(monitor.Value.DefaultVantage) ?? new VantageOptions { Name = monitor.Value.DefaultVantage };
        return MeasureAfterAsync(url, list, outlet, interval, vantage, cancellationToken);
    }

    private async Task<Measurement> MeasureAfterAsync(Uri url, string? list, string? outlet, TimeSpan interval, VantageOptions vantage, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(url.IdnHost, interval, cancellationToken).ConfigureAwait(false);
        var target = new ProbeTarget(url, list, outlet) { KeepBody = true, UserAgent = _options.UserAgent };
        return await probe.MeasureAsync(target, vantage, cancellationToken).ConfigureAwait(false);
    }
}
