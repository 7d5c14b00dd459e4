namespace MediaMonitor.Content.Articles;

/// <summary>A candidate article found in a feed, a sitemap or on a homepage.</summary>
/// <param name="Url">Absolute http(s) URL without credentials or fragment.</param>
/// <param name="Title">Whitespace-normalised title when the source gave one.</param>
/// <param name="Published">Publication (or last modification) time when the source gave one.</param>
internal sealed record DiscoveredLink(Uri Url, string? Title, DateTimeOffset? Published);
