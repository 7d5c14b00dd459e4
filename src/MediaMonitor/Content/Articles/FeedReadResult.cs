namespace MediaMonitor.Content.Articles;

/// <summary>What <see cref="FeedReader"/> made of a document.</summary>
/// <param name="Format">One of "rss", "rdf", "atom", "sitemap", "sitemapindex", "unknown".</param>
/// <param name="Links">Articles in document order, de-duplicated.</param>
/// <param name="Sitemaps">Child sitemaps of a sitemap index.</param>
/// <param name="Error">Why reading stopped early or found nothing; null when the document read cleanly.</param>
/// <param name="Truncated">Items were left out: beyond the cap, or after the point where the document broke off.</param>
internal sealed record FeedReadResult(
    string Format,
    IReadOnlyList<DiscoveredLink> Links,
    IReadOnlyList<Uri> Sitemaps,
    string? Error,
    bool Truncated);
