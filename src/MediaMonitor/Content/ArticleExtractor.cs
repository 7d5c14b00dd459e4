using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace MediaMonitor.Content;

/// <summary>
/// Main-text extraction: a pure function over (URL, HTML). SmartReader (Readability's algorithm on
/// AngleSharp) does the heavy lifting on a document we parse ourselves, so nothing is ever fetched;
/// when it finds little, the page's JSON-LD <c>articleBody</c>, its largest block of paragraphs or its
/// <c>og:description</c> stand in. Boilerplate lines (share buttons, "read more", cookie notices in
/// Russian, Kazakh and English) are dropped and whitespace normalised.
/// </summary>
public sealed partial class ArticleExtractor
{
    /// <summary>Pages nested deeper than this (by a cheap tag count) are read as plain text, not as a DOM.</summary>
    internal const int MaxNestingDepth = 1500;

    // Below this many characters SmartReader's result is treated as a miss.
    private const int ShortText = 250;

    // Nothing reads source positions; not tracking them saves the tokenizer some work.
    private readonly HtmlParserOptions _parserOptions = new() { IsScripting = false, DisableElementPositionTracking = true };

    /// <summary>Whether AngleSharp accepts <paramref name="selector"/>; ignore rules are checked when config loads, not mid-pass.</summary>
    public static bool IsValidSelector(string selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return false;
        }

        try
        {
            using var document = new HtmlParser().ParseDocument("<html></html>");
            _ = document.QuerySelectorAll(selector);
            return true;
        }
        catch (DomException)
        {
            return false;
        }
    }

    /// <summary>Extracts the title and main text of <paramref name="html"/>, which was fetched from <paramref name="url"/>.</summary>
    public ExtractedArticle Extract(Uri url, string html, CancellationToken cancellationToken = default) =>
        Extract(url, html, [], cancellationToken);

    /// <summary>As <see cref="Extract(Uri, string, CancellationToken)"/>, first dropping the elements an outlet's ignore rules name.</summary>
    public ExtractedArticle Extract(Uri url, string html, IReadOnlyList<string> dropSelectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dropSelectors);
        ArgumentNullException.ThrowIfNull(url);
        html ??= string.Empty;
        if (html.Contains('\0', StringComparison.Ordinal))
        {
            html = html.Replace("\0", string.Empty, StringComparison.Ordinal);
        }

        // Deep nesting makes HTML tree building quadratic and the recursive walks of the DOM
        // overflow the stack; such pages are not articles, so their visible text is enough.
        if (NestingDepth(html) > MaxNestingDepth)
        {
            return new ExtractedArticle(null, TextCleaner.Clean(TagStripper.Strip(html)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var parser = new HtmlParser(_parserOptions);
        using var document = parser.ParseDocument(html);
        var metadata = PageMetadata.Read(document);
        cancellationToken.ThrowIfCancellationRequested();

        // Less for SmartReader to score: nothing here is ever article text. Photo captions, credits and
        // bylines sit inside the article container, so Readability keeps them, yet they are not the story.
        foreach (var element in dropSelectors.SelectMany(document.QuerySelectorAll).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("script, style, svg, noscript, iframe, template, nav, footer, aside, [class*=share], [class*=social], [class*=related], [class*=newsletter], [id*=comments], [class*=comments], figcaption, [class*=caption], [class*=byline]").ToList())
        {
            element.Remove();
        }

        BlockWhitespace.Drop(document);
        string? title = null;
        var text = string.Empty;
        try
        {
            using var reader = new Reader(url.AbsoluteUri, document)
            {
                Debug = false,
                Logging = ReportLevel.Issue,
                LoggerDelegate = static _ => { },
                ContinueIfNotReadable = true,
            };
            var article = reader.GetArticle();
            title = article.Title;
            text = TextCleaner.Clean(article.TextContent ?? string.Empty);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or FormatException or DomException)
        {
            // SmartReader gives up on some malformed pages; the fallbacks below still apply.
        }

        cancellationToken.ThrowIfCancellationRequested();
        text = ChooseText(text, metadata, html, parser);
        title = string.IsNullOrWhiteSpace(title) ? metadata.Title : TextCleaner.NormalizeSpaces(title);
        return new ExtractedArticle(string.IsNullOrWhiteSpace(title) ? null : title, text);
    }

    private static string ChooseText(string fromReader, PageMetadata metadata, string html, HtmlParser parser)
    {
        var fromJsonLd = TextCleaner.Clean(metadata.ArticleBody ?? string.Empty);
        if (fromReader.Length >= ShortText && fromReader.Length >= fromJsonLd.Length * 0.6)
        {
            return fromReader;
        }

        if (fromJsonLd.Length >= ShortText && fromJsonLd.Length >= fromReader.Length)
        {
            return fromJsonLd;
        }

        // SmartReader changed the document; the largest block is measured on a fresh copy.
        using var document = parser.ParseDocument(html);
        var largest = TextCleaner.Clean(LargestBlock.Text(document));
        var best = new[] { fromReader, fromJsonLd, largest }.MaxBy(t => t.Length) ?? string.Empty;
        if (best.Length >= ShortText || metadata.Description is null)
        {
            return best;
        }

        var description = TextCleaner.Clean(metadata.Description);
        return description.Length > best.Length ? description : best;
    }

    // The deepest nesting the tags suggest, counted without building a tree. The tags are those the Tags()
    // regex matches, found with IndexOf instead: running the regex over every page cost about as much as
    // SmartReader's scoring. Where the regex's \b might shorten a name (a name running into a non-ASCII or
    // '_' character, or ending in '-') the regex itself is asked, so the count is the same.
    internal static int NestingDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var at = 0;
        while (true)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
            {
                return max;
            }

            var start = open + 1;
            var closing = start < html.Length && html[start] == '/';
            if (closing)
            {
                start++;
            }

            if (start >= html.Length || !char.IsAsciiLetter(html[start]))
            {
                at = open + 1;
                continue;
            }

            var end = start + 1;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
            {
                end++;
            }

            ReadOnlySpan<char> name;
            bool selfClosing;
            if (end < html.Length && char.IsAsciiLetterOrDigit(html[end - 1]) && char.IsAscii(html[end]) && html[end] != '_')
            {
                // A word character then an ASCII non-word one: \b holds right after the longest name, and the
                // tag ends at the first '>' (there is none further on either when there is none here).
                var close = html.IndexOf('>', end);
                if (close < 0)
                {
                    return max;
                }

                name = html.AsSpan(start, end - start);
                selfClosing = html[close - 1] == '/';
                at = close + 1;
            }
            else
            {
                // Without a '>' further on no tag can end: stop here rather than let the regex rescan the rest from every '<'.
                if (html.IndexOf('>', open) < 0)
                {
                    return max;
                }

                var match = Tags().Match(html, open);
                if (!match.Success)
                {
                    return max;
                }

                closing = match.Groups[1].Length > 0;
                name = match.Groups[2].ValueSpan;
                selfClosing = match.Groups[3].Length > 0;
                at = match.Index + match.Length;
            }

            if (IsVoid(name) || selfClosing)
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (++depth > max)
            {
                max = depth;
                if (max > MaxNestingDepth)
                {
                    return max;
                }
            }
        }
    }

    private static bool IsVoid(ReadOnlySpan<char> name) =>
        name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("img", StringComparison.OrdinalIgnoreCase)
        || name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
        || name.Equals("input", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("source", StringComparison.OrdinalIgnoreCase) || name.Equals("wbr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("area", StringComparison.OrdinalIgnoreCase) || name.Equals("base", StringComparison.OrdinalIgnoreCase)
        || name.Equals("col", StringComparison.OrdinalIgnoreCase) || name.Equals("embed", StringComparison.OrdinalIgnoreCase)
        || name.Equals("track", StringComparison.OrdinalIgnoreCase) || name.Equals("param", StringComparison.OrdinalIgnoreCase)
        || name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9\-]*)\b[^>]*?(/?)>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
