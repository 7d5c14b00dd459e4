using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace MediaMonitor.Content.Articles;

/// <summary>
/// Article links on an outlet's homepage: a pure function over (URL, HTML). A link is kept when its host
/// belongs to the outlet and its URL looks like an article rather than a section, a listing or a file
/// (see <see cref="IsArticleLike"/>).
/// </summary>
internal static partial class HomepageLinks
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    // A segment equal to one of these marks a listing or a service page, wherever it sits in the path.
    private static readonly HashSet<string> SectionSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "tag", "tags", "category", "categories", "rubric", "rubrics", "rubrika", "rubriki", "section", "sections", "topic", "topics",
        "author", "authors", "avtor", "avtory", "page", "search", "login", "logout", "register", "signin", "signup", "account",
        "profile", "user", "users", "rss", "feed", "feeds", "about", "about-us", "contacts", "contact", "kontakty", "advertising",
        "reklama", "ads", "privacy", "privacy-policy", "policy", "terms", "subscribe", "podpiska", "archive", "arhiv", "wp-admin",
        "wp-login.php", "wp-content", "cdn-cgi", "amp-stories",
        "тег", "теги", "рубрика", "рубрики", "автор", "авторы", "поиск", "о-нас", "контакты", "реклама", "архив",
        "тақырып", "іздеу", "байланыс", "жарнама", "біз-туралы", "мұрағат",
    };

    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".avif", ".tif", ".tiff", ".css", ".js", ".mjs", ".json",
        ".xml", ".rss", ".atom", ".txt", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".rtf", ".zip", ".rar",
        ".7z", ".gz", ".tar", ".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".m4v", ".webm", ".avi", ".mov", ".mkv", ".woff", ".woff2",
        ".ttf", ".eot", ".exe", ".apk", ".dmg",
    };

    // Query parameters that carry an article id on CMSs the region uses (WordPress ?p=, Bitrix ELEMENT_ID, DLE newsid).
    private static readonly HashSet<string> IdParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "p", "news", "nid", "newsid", "news_id", "article", "article_id", "aid", "element_id", "story", "post",
    };

    /// <summary>
    /// Up to <paramref name="maxLinks"/> article-like links of <paramref name="html"/>, fetched from <paramref name="page"/>,
    /// whose host is one of <paramref name="outletDomains"/> or below one (the page's own domain, less "www.", when empty).
    /// A URL that appears twice keeps its first position; a later anchor supplies the title when the first had none.
    /// </summary>
    public static IReadOnlyList<DiscoveredLink> Extract(Uri page, string html, IReadOnlyCollection<string> outletDomains, int maxLinks = 200)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(outletDomains);
        html ??= string.Empty;
        var domains = outletDomains.Count > 0
            ? outletDomains.Select(AsciiDomain).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [WithoutWww(page.IdnHost.ToLowerInvariant())];
        var links = new List<DiscoveredLink>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);

        void Consider(Uri baseUri, string? href, string? text)
        {
            if (href is null || Canonical(baseUri, href) is not { } url || !IsOutletHost(url, domains)
                || SameDocument(url, page) || !IsArticleLike(url))
            {
                return;
            }

            var title = text is null ? null : TextCleaner.NormalizeSpaces(text);
            title = string.IsNullOrEmpty(title) ? null : title;
            if (positions.TryGetValue(url.AbsoluteUri, out var index))
            {
                if (links[index].Title is null && title is not null)
                {
                    links[index] = links[index] with { Title = title };
                }
            }
            else if (links.Count < maxLinks)
            {
                positions[url.AbsoluteUri] = links.Count;
                links.Add(new DiscoveredLink(url, title, null));
            }
        }

        // Deep nesting makes tree building quadratic (see ArticleExtractor); such a page still has hrefs worth a scan.
        if (ArticleExtractor.NestingDepth(html) > ArticleExtractor.MaxNestingDepth)
        {
            var scanBase = BaseHref().Match(html) is { Success: true } b ? Resolve(page, Attribute(b)) : page;
            foreach (Match anchor in Href().Matches(html))
            {
                Consider(scanBase, Attribute(anchor), null);
            }

            return links;
        }

        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var baseUri = Resolve(page, document.QuerySelector("base[href]")?.GetAttribute("href"));
        foreach (var anchor in document.QuerySelectorAll("a[href], area[href]"))
        {
            Consider(baseUri, anchor.GetAttribute("href"), anchor.TextContent);
        }

        return links;
    }

    /// <summary>
    /// Whether a (canonical, same-site) URL looks like one article. Yes when the path has a numeric id segment
    /// (<c>/news/12345</c>, <c>/123456-slug.html</c>, <c>/slug-123456</c>), a date followed by a slug
    /// (<c>/2024/05/03/slug</c>), a long slug (three or more words joined by <c>-</c> or <c>_</c>), a
    /// <c>.html</c>/<c>.htm</c>/<c>.shtml</c>/<c>.php</c> page named with two or more words or digits, or an id query
    /// (<c>?id=123</c>, <c>?p=123</c>). No for the homepage, files (images, scripts, documents, media) and any path with a
    /// section segment (<c>tag</c>, <c>category</c>, <c>author</c>, <c>page</c>, <c>search</c>, <c>rss</c>, <c>about</c>, ...
    /// and their Russian and Kazakh forms), and for date-only paths (<c>/2024/05/</c>), which are archives.
    /// </summary>
    internal static bool IsArticleLike(Uri url)
    {
        var segments = Uri.UnescapeDataString(url.AbsolutePath).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(SectionSegments.Contains))
        {
            return false;
        }

        var hasIdQuery = url.Query.Length > 1;
        if (segments.Length == 0)
        {
            return hasIdQuery;
        }

        var last = segments[^1];
        var extension = Path.GetExtension(last);
        if (AssetExtensions.Contains(extension))
        {
            return false;
        }

        var name = extension.Length > 0 ? last[..^extension.Length] : last;
        var isPage = extension is ".html" or ".htm" or ".shtml" or ".php" or ".aspx";
        if (isPage && name is "index" or "default" or "main" or "home")
        {
            return hasIdQuery;
        }

        if (hasIdQuery)
        {
            return true;
        }

        var dates = segments.TakeWhile(s => DatePart().IsMatch(s)).Count();
        if (dates > 0 && dates == segments.Length && IsDatePath(segments))
        {
            return false;
        }

        if (segments.Any(s => NumericId().IsMatch(s)) || IdInSlug().IsMatch(name))
        {
            return true;
        }

        var words = name.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 3 || (isPage && (words >= 2 || name.Any(char.IsAsciiDigit)));
    }

    // http(s), no credentials, no fragment, and only the query parameters that name an article.
    private static Uri? Canonical(Uri baseUri, string href)
    {
        if (FeedReader.Resolve(baseUri, href) is not { } url)
        {
            return null;
        }

        var kept = new StringBuilder();
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && IdParameters.Contains(Uri.UnescapeDataString(pair[..equals]))
                && pair.AsSpan(equals + 1).ContainsAnyInRange('0', '9'))
            {
                kept.Append(kept.Length == 0 ? '?' : '&').Append(pair);
            }
        }

        var query = kept.ToString();
        return query == url.Query ? url : new UriBuilder(url) { Query = query.TrimStart('?') }.Uri;
    }

    private static bool SameDocument(Uri url, Uri page) =>
        string.Equals(url.IdnHost, page.IdnHost, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.AbsolutePath, page.AbsolutePath, StringComparison.Ordinal)
        && (url.Query.Length == 0 || url.Query == page.Query);

    private static bool IsOutletHost(Uri url, HashSet<string> domains)
    {
        var host = url.IdnHost.TrimEnd('.').ToLowerInvariant();
        foreach (var domain in domains)
        {
            if (host == domain || (host.Length > domain.Length && host.EndsWith(domain, StringComparison.Ordinal) && host[^(domain.Length + 1)] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    private static string AsciiDomain(string domain)
    {
        domain = domain.Trim();
        if (domain.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(domain, UriKind.Absolute, out var asUrl))
        {
            return asUrl.IdnHost.ToLowerInvariant();
        }

        domain = domain.Trim('.').ToLowerInvariant();
        try
        {
            return domain.Any(c => c > 127) ? new IdnMapping().GetAscii(domain) : domain;
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }

    private static string WithoutWww(string host) =>
        host.StartsWith("www.", StringComparison.Ordinal) && host.Count(c => c == '.') > 1 ? host[4..] : host;

    private static Uri Resolve(Uri page, string? href) =>
        href is not null && Uri.TryCreate(page, href.Trim(), out var resolved)
        && (resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps) ? resolved : page;

    private static string Attribute(Match match) => WebUtility.HtmlDecode(
        match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value);

    // yyyy, yyyy/mm or yyyy/mm/dd only: a day's or a month's archive.
    private static bool IsDatePath(string[] segments) =>
        segments.Length <= 3 && segments[0].Length == 4
        && int.TryParse(segments[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100;

    [GeneratedRegex(@"^\d{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePart();

    [GeneratedRegex(@"^\d{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericId();

    [GeneratedRegex(@"^\d{4,}[-_]|[-_]\d{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdInSlug();

    [GeneratedRegex(@"<a\s[^>]*?\bhref\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>""']+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Href();

    [GeneratedRegex(@"<base\s[^>]*?\bhref\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>""']+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex BaseHref();
}
