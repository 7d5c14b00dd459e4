using System.Collections.Concurrent;
using MediaMonitor.Probing;

namespace MediaMonitor.Content.Politeness;

/// <summary>
/// robots.txt per origin, fetched once a day at most. As RFC 9309 says: a 4xx answer means no rules
/// (everything allowed); a 5xx or no answer means everything is disallowed until it can be read.
/// </summary>
internal sealed partial class RobotsCache(TimeProvider time, ILogger<RobotsCache> logger)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan UnreachableLifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules for <paramref name="url"/>'s origin, fetched with <paramref name="fetch"/> when not cached.</summary>
    public async Task<RobotsTxt> GetAsync(Uri url, Func<Uri, CancellationToken, Task<Measurement>> fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(fetch);
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(origin, out var cached) && cached.Expires > now)
        {
            return cached.Rules;
        }

        var robotsUrl = new Uri(origin + "/robots.txt");
        var measurement = await fetch(robotsUrl, cancellationToken).ConfigureAwait(false);
        var status = measurement.Http?.Status;
        RobotsTxt rules;
        TimeSpan lifetime;
        if (measurement.Failure is null && status is >= 200 and < 300)
        {
            var body = measurement.Http?.Body ?? ReadOnlyMemory<byte>.Empty;
            rules = RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(body.Span));
            lifetime = Lifetime;
        }
        else if (measurement.Failure is null && status is >= 400 and < 500)
        {
            rules = RobotsTxt.AllowAll;
            lifetime = Lifetime;
        }
        else
        {
            rules = RobotsTxt.DisallowAll;
            lifetime = UnreachableLifetime;
            Log.Unreadable(logger, robotsUrl.AbsoluteUri, measurement.Failure ?? $"http_{status}");
        }

        _entries[origin] = new Entry(rules, now + lifetime);
        return rules;
    }

    private sealed record Entry(RobotsTxt Rules, DateTimeOffset Expires);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot read {Url} ({Failure}): articles there are not fetched until it can be read")]
        public static partial void Unreadable(ILogger logger, string url, string failure);
    }
}
