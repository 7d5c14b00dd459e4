using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace MediaMonitor.Content.Articles;

/// <summary>
/// Reads article links from RSS 2.0, RSS 1.0 (RDF), Atom, sitemaps (with the Google News extension)
/// and sitemap indexes: a pure function over (URL, bytes). The bytes come from a capped fetch, so a
/// document may stop mid-item; everything complete before the break is returned. Bad input of any kind
/// gives a result with <see cref="FeedReadResult.Error"/> set, never an exception.
/// </summary>
internal static partial class FeedReader
{
    /// <summary>More text than a 2 MiB body can decode to, yet a bound on what the XML reader will buffer.</summary>
    internal const long MaxCharactersInDocument = 8 * 1024 * 1024;

    private const int MaxErrorLength = 160;
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static readonly XmlReaderSettings Settings = new()
    {
        // Ignore rather than Prohibit: an HTML page's <!DOCTYPE html> then still reaches the root element,
        // which gives a clearer error; entities a DTD would declare stay undeclared, so billion laughs fails.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        // Zero would mean "no limit"; nothing can be declared anyway, this is the second lock.
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharactersInDocument,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };

    static FeedReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Reads up to <paramref name="maxItems"/> links (or child sitemaps) from <paramref name="content"/>, fetched from <paramref name="source"/>.</summary>
    public static FeedReadResult Read(Uri source, ReadOnlySpan<byte> content, int maxItems = 500)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(maxItems);
        var text = Decode(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FeedReadResult("unknown", [], [], "empty document", false);
        }

        var state = new State(source, maxItems);
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            ReadDocument(reader, state);
        }
        catch (XmlException e)
        {
            state.Error = state.Format == "unknown" && LooksLikeHtml().IsMatch(text)
                ? "not a feed or sitemap: an HTML page"
                : $"malformed XML at line {e.LineNumber}: {Shorten(e.Message)}";
            state.Truncated |= state.Links.Count > 0 || state.Sitemaps.Count > 0;
        }

        return new FeedReadResult(state.Format, state.Links, state.Sitemaps, state.Error, state.Truncated);
    }

    /// <inheritdoc cref="Read(Uri, ReadOnlySpan{byte}, int)"/>
    public static FeedReadResult Read(Uri source, byte[] content, int maxItems = 500) =>
        Read(source, content.AsSpan(), maxItems);

    // The XML reader would honour the declaration itself, but decoding here means a body cut inside a
    // multi-byte character, or an unknown label, degrades to a replacement character instead of an error.
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding = new UTF8Encoding(false);
        var skip = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            skip = 3;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, skip) = (Encoding.Unicode, 2);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, skip) = (Encoding.BigEndianUnicode, 2);
        }
        else
        {
            var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]);
            if (Declaration().Match(head) is { Success: true } declaration
                && HtmlDecoder.FromLabel(declaration.Groups[1].Value) is { } declared)
            {
                encoding = declared;
            }
        }

        // Stray whitespace before the declaration is common and would make the XML reader refuse the document.
        return encoding.GetString(bytes[skip..]).TrimStart();
    }

    private static void ReadDocument(XmlReader reader, State state)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            state.Error = "not a feed or sitemap: no root element";
            return;
        }

        state.Format = reader.LocalName switch
        {
            "rss" => "rss",
            "RDF" => "rdf",
            "feed" => "atom",
            "urlset" => "sitemap",
            "sitemapindex" => "sitemapindex",
            _ => "unknown",
        };
        if (state.Format == "unknown")
        {
            state.Error = $"not a feed or sitemap: root element <{reader.Name}>";
            return;
        }

        var itemName = state.Format switch
        {
            "rss" or "rdf" => "item",
            "atom" => "entry",
            "sitemap" => "url",
            _ => "sitemap",
        };
        var feedBase = XmlBase(reader, state.Source);
        if (reader.IsEmptyElement)
        {
            return;
        }

        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != itemName)
            {
                continue;
            }

            if (state.Links.Count + state.Sitemaps.Count >= state.MaxItems)
            {
                state.Truncated = true;
                return;
            }

            ReadItem(reader, state, XmlBase(reader, feedBase));
        }
    }

    // Consumes one item, from its start tag to its end tag, and records its link if it has a usable one.
    private static void ReadItem(XmlReader reader, State state, Uri itemBase)
    {
        string? link = null, guid = null, about = null, title = null, published = null, updated = null;
        Uri linkBase = itemBase;
        if (state.Format == "rdf")
        {
            about = reader.GetAttribute("about", RdfNamespace);
        }

        if (reader.IsEmptyElement)
        {
            Add(state, about, itemBase, null, null);
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // Sitemaps nest image:loc and image:title below url; only loc and lastmod of url itself and the
            // news extension's fields count. In feeds, only the item's own children count (not media:title).
            var direct = reader.Depth == depth + 1;
            var news = reader.NamespaceURI.Contains("sitemap-news", StringComparison.Ordinal);
            switch (state.Format, reader.LocalName)
            {
                case ("atom", "link") when direct:
                    var rel = reader.GetAttribute("rel");
                    if (link is null && (rel is null || rel == "alternate"))
                    {
                        link = reader.GetAttribute("href");
                        linkBase = XmlBase(reader, itemBase);
                    }

                    SkipElement(reader);
                    break;
                case ("sitemap" or "sitemapindex", "loc") or ("rss" or "rdf", "link") when direct:
                    link ??= NullIfBlank(ElementText(reader));
                    break;
                case ("rss", "guid") when direct:
                    var permalink = reader.GetAttribute("isPermaLink");
                    var value = NullIfBlank(ElementText(reader));
                    if (!string.Equals(permalink, "false", StringComparison.OrdinalIgnoreCase))
                    {
                        guid ??= value;
                    }

                    break;
                case ("sitemap", "title") when news:
                case ("rss" or "rdf" or "atom", "title") when direct:
                    title ??= ElementText(reader);
                    break;
                case ("sitemap", "publication_date") when news:
                case ("rss" or "rdf" or "atom", "pubDate" or "published" or "date" or "issued") when direct:
                    published ??= NullIfBlank(ElementText(reader));
                    break;
                case ("sitemap" or "sitemapindex", "lastmod") or ("rss" or "rdf" or "atom", "updated" or "modified") when direct:
                    updated ??= NullIfBlank(ElementText(reader));
                    break;
                default:
                    // Containers such as news:news are entered, not skipped: their children are read above.
                    break;
            }
        }

        if (state.Format == "sitemapindex")
        {
            if (Resolve(itemBase, link) is { } sitemap && !state.Sitemaps.Contains(sitemap))
            {
                state.Sitemaps.Add(sitemap);
            }

            return;
        }

        Add(state, link ?? guid ?? about, link is null ? itemBase : linkBase, title, FeedDates.Parse(published) ?? FeedDates.Parse(updated));
    }

    private static void Add(State state, string? link, Uri baseUri, string? title, DateTimeOffset? published)
    {
        if (Resolve(baseUri, link) is { } url && state.Seen.Add(url.AbsoluteUri))
        {
            state.Links.Add(new DiscoveredLink(url, CleanTitle(title), published));
        }
    }

    /// <summary>An absolute http(s) URL without credentials or fragment, or null.</summary>
    internal static Uri? Resolve(Uri baseUri, string? link)
    {
        link = link?.Trim();
        if (string.IsNullOrEmpty(link) || !Uri.TryCreate(baseUri, link, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || url.UserInfo.Length > 0 || url.Host.Length == 0)
        {
            return null;
        }

        return url.Fragment.Length == 0 ? url : new UriBuilder(url) { Fragment = string.Empty }.Uri;
    }

    // Titles arrive with entities escaped once more (&amp;quot;) or as HTML inside CDATA.
    private static string? CleanTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var text = TextCleaner.NormalizeSpaces(WebUtility.HtmlDecode(Tag().Replace(WebUtility.HtmlDecode(title), " ")));
        return text.Length == 0 ? null : text;
    }

    private static Uri XmlBase(XmlReader reader, Uri current)
    {
        var value = reader.GetAttribute("base", XmlNamespace);
        return value is not null && Uri.TryCreate(current, value.Trim(), out var resolved) && resolved.IsAbsoluteUri ? resolved : current;
    }

    // All text below the current element (Atom's xhtml titles have markup inside), leaving the reader on its end tag.
    private static string ElementText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }
        }

        return text.ToString();
    }

    private static void SkipElement(XmlReader reader)
    {
        if (!reader.IsEmptyElement)
        {
            ElementText(reader);
        }
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Shorten(string message)
    {
        message = TextCleaner.NormalizeSpaces(message);
        return message.Length <= MaxErrorLength ? message : message[..MaxErrorLength] + "…";
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*?\bencoding\s*=\s*[""']([A-Za-z0-9._:\-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html\b)", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    private sealed class State(Uri source, int maxItems)
    {
        public Uri Source { get; } = source;

        public int MaxItems { get; } = maxItems;

        public string Format { get; set; } = "unknown";

        public List<DiscoveredLink> Links { get; } = [];

        public List<Uri> Sitemaps { get; } = [];

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public string? Error { get; set; }

        public bool Truncated { get; set; }
    }
}
