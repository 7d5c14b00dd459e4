using System.Security.Cryptography;
using System.Text;
using MediaMonitor.Analysis.Fingerprints;
using MediaMonitor.Content.Changes;

namespace MediaMonitor.Content.Monitoring;

/// <summary>Turns a content fetch into an <see cref="Observation"/>: decodes the charset, extracts the main text, spots binary bodies, blockpages and bot challenges.</summary>
internal static class PageReader
{
    // Share of control bytes in the first KiBs above which a body labelled text is binary.
    private const double BinaryShare = 0.05;
    private const int SniffBytes = 4096;

    private static readonly string[] ChallengeTitles = ["just a moment...", "attention required! | cloudflare", "ddos-guard", "checking your browser"];

    public static PageReading Read(PageFetch fetch, ArticleExtractor extractor, IgnoreRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(rules);
        var measurement = fetch.Measurement;
        var http = measurement?.Http;
        var final = fetch.FinalUrl;
        if (measurement is null || http?.Status is null || measurement.Failure is not null)
        {
            return new PageReading(new Observation(fetch.Url, http?.Status, measurement?.Failure ?? (measurement is null ? "robots_disallowed" : null), final, http?.Redirects.Count > 0, false, http?.Title, null), null, null, null);
        }

        var body = fetch.Body.Span;
        var contentType = http.Headers.TryGetValue("content-type", out var header) ? header : null;
        var isText = IsTextType(http.ContentType) && !LooksBinary(body);
        string? html = null;
        string? title = http.Title;
        string? text = null;
        if (isText && body.Length > 0)
        {
            html = HtmlDecoder.Decode(body, contentType);
            var extracted = extractor.Extract(final, html, rules.DropSelectors, cancellationToken);
            title = extracted.Title ?? title;
            text = extracted.Text;
        }

        var blockpage = html is not null
            && BlockpageFingerprints.Confirmed(BlockpageFingerprints.Default.MatchHttp(http.Status, http.Headers, html)).Count > 0;
        var challenge = (http.Headers.TryGetValue("cf-mitigated", out var mitigated) && mitigated.Contains("challenge", StringComparison.OrdinalIgnoreCase))
            || (title is not null && ChallengeTitles.Contains(title.Trim().ToLowerInvariant(), StringComparer.Ordinal));
        var observation = new Observation(fetch.Url, http.Status, null, final, http.Redirects.Count > 0, isText, title, text, blockpage, challenge);
        string? sha = null;
        string? simHash = null;
        if (!string.IsNullOrEmpty(text))
        {
            sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            var normalizer = TextNormalizer.For(rules);
            simHash = SimHash64.Compute(TextNormalizer.NormalizeReadable(normalizer.ApplyIgnoreRules(text))).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        }

        return new PageReading(observation, html, sha, simHash);
    }

    /// <summary>HTML, XML or plain text by its label; no label counts as text, browsers sniff it the same way.</summary>
    internal static bool IsTextType(string? mediaType) =>
        mediaType is null
        || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the start of a body has the control bytes of a binary file (images, archives) rather than text.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, SniffBytes)];
        if (head.IsEmpty)
        {
            return false;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x09 || b is > 0x0D and < 0x20)
            {
                control++;
            }
        }

        return control > head.Length * BinaryShare;
    }
}
