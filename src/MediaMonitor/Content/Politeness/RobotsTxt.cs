using System.Globalization;
using System.Text;

namespace MediaMonitor.Content.Politeness;

/// <summary>
/// A parsed robots.txt (RFC 9309): groups by product token, longest-match allow/disallow with <c>*</c> and <c>$</c>,
/// plus the common non-standard <c>crawl-delay</c> and the <c>sitemap</c> lines.
/// </summary>
internal sealed class RobotsTxt
{
    /// <summary>RFC 9309 asks crawlers to read at least 500 KiB; what lies beyond is ignored.</summary>
    internal const int MaxBytes = 500 * 1024;

    /// <summary>The largest crawl delay honoured; sites asking for more are still visited, at this pace.</summary>
    internal static readonly TimeSpan MaxCrawlDelay = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, Group> _groups;

    private RobotsTxt(Dictionary<string, Group> groups, IReadOnlyList<Uri> sitemaps)
    {
        _groups = groups;
        Sitemaps = sitemaps;
    }

    /// <summary>
    /// No rules. RFC 9309 §2.3.1.3: use it when robots.txt is "unavailable" (a 4xx status, 404 and 401/403
    /// alike) or the file is empty.
    /// </summary>
    public static RobotsTxt AllowAll { get; } = new([], []);

    /// <summary>
    /// Everything but /robots.txt disallowed. RFC 9309 §2.3.1.4: use it when robots.txt is "unreachable"
    /// (a 5xx status or a network error), until a later fetch succeeds.
    /// </summary>
    public static RobotsTxt DisallowAll { get; } = Parse("User-agent: *\nDisallow: /");

    /// <summary>Absolute http(s) URLs of the <c>sitemap:</c> lines, in file order, without duplicates.</summary>
    public IReadOnlyList<Uri> Sitemaps { get; }

    /// <summary>Parses robots.txt text; null or empty text allows everything.</summary>
    public static RobotsTxt Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return AllowAll;
        }

        text = text[..CharsWithinLimit(text)].TrimStart('\uFEFF');
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var sitemaps = new List<Uri>();
        var current = new List<Group>();
        var lastWasAgent = false;
        foreach (var rawLine in text.Split(['\r', '\n']))
        {
            var comment = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = comment >= 0 ? rawLine[..comment] : rawLine;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent" or "useragent" or "user agent":
                    if (!lastWasAgent)
                    {
                        current = [];
                    }

                    var token = ProductToken(value);
                    if (token.Length > 0)
                    {
                        if (!groups.TryGetValue(token, out var group))
                        {
                            // Groups naming the same agent merge (§2.2.1): they share one rule list.
                            group = new Group();
                            groups[token] = group;
                        }

                        current.Add(group);
                    }

                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow":
                    // An empty path matches nothing; "Disallow:" alone therefore allows everything.
                    if (value.Length > 0)
                    {
                        var rule = new Rule(Normalize(value), key == "allow");
                        current.ForEach(g => g.Rules.Add(rule));
                    }

                    break;
                case "crawl-delay" or "crawldelay":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds))
                    {
                        var delay = seconds >= MaxCrawlDelay.TotalSeconds ? MaxCrawlDelay : TimeSpan.FromSeconds(seconds);
                        current.ForEach(g => g.CrawlDelay ??= delay);
                    }

                    break;
                case "sitemap" or "site-map":
                    // Sitemap lines stand outside groups and do not end one.
                    if (Uri.TryCreate(value, UriKind.Absolute, out var sitemap)
                        && (sitemap.Scheme == Uri.UriSchemeHttp || sitemap.Scheme == Uri.UriSchemeHttps)
                        && !sitemaps.Contains(sitemap))
                    {
                        sitemaps.Add(sitemap);
                    }

                    continue;
                default:
                    break;
            }

            lastWasAgent = false;
        }

        return new RobotsTxt(groups, sitemaps);
    }

    /// <summary>Whether a crawler calling itself <paramref name="productToken"/> may fetch <paramref name="url"/>.</summary>
    public bool IsAllowed(Uri url, string productToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.IsAbsoluteUri ? url.PathAndQuery : url.OriginalString;
        if (path.Length == 0 || path[0] != '/')
        {
            path = "/" + path;
        }

        if (path.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        var group = GroupFor(productToken);
        if (group is null)
        {
            return true;
        }

        path = Normalize(path);
        Rule? best = null;
        foreach (var rule in group.Rules)
        {
            if ((best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow && !best.Allow))
                && Matches(rule.Pattern, path))
            {
                best = rule;
            }
        }

        return best is null || best.Allow;
    }

    /// <summary>The <c>crawl-delay</c> of the group that applies to <paramref name="productToken"/>, at most <see cref="MaxCrawlDelay"/>.</summary>
    public TimeSpan? CrawlDelay(string productToken) => GroupFor(productToken)?.CrawlDelay;

    private Group? GroupFor(string productToken)
    {
        var token = ProductToken(productToken ?? string.Empty);
        return token.Length > 0 && token != "*" && _groups.TryGetValue(token, out var group) ? group : _groups.GetValueOrDefault("*");
    }

    // The name part of "Name/1.2 (+url)", lower-cased; RFC 9309 product tokens are letters, '-' and '_'.
    private static string ProductToken(string value)
    {
        value = value.Trim();
        if (value.StartsWith('*'))
        {
            return "*";
        }

        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_'))
        {
            end++;
        }

        return value[..end].ToLowerInvariant();
    }

    // How many leading characters of text fit in MaxBytes of UTF-8.
    private static int CharsWithinLimit(string text)
    {
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
            if (bytes > MaxBytes)
            {
                return i;
            }
        }

        return text.Length;
    }

    // One form for paths and patterns (§2.2.2): non-ASCII and unsafe octets percent-encoded, escapes of
    // unreserved characters decoded, hex digits upper case. '*' and '$' pass through for the matcher.
    internal static string Normalize(string path)
    {
        var result = new StringBuilder(path.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && char.IsAsciiHexDigit(path[i + 1]) && char.IsAsciiHexDigit(path[i + 2]))
            {
                var octet = (char)Convert.ToByte(path.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(octet) || octet is '-' or '.' or '_' or '~')
                {
                    result.Append(octet);
                }
                else
                {
                    result.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                }

                i += 2;
            }
            else if (c > 0x20 && c < 0x7F && c != '%')
            {
                result.Append(c);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1])
                    ? Encoding.UTF8.GetBytes(path.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(path.AsSpan(i, 1), utf8);
                foreach (var b in utf8[..length])
                {
                    result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
        }

        return result.ToString();
    }

    // '*' matches any run of characters; a final '$' anchors the end; otherwise the pattern is a prefix.
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        int p = 0, s = 0, star = -1, resume = 0;
        while (s < path.Length)
        {
            if (p == pattern.Length && !anchored)
            {
                return true;
            }

            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private sealed record Rule(string Pattern, bool Allow);

    private sealed class Group
    {
        public List<Rule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}
