using MediaMonitor.Evidence;

namespace MediaMonitor.Content.Monitoring;

/// <summary>One content fetch of a page or article, as stored.</summary>
public sealed record PageSnapshot
{
    public required Guid Id { get; init; }
    public required string Url { get; init; }
    public string? Outlet { get; init; }
    public string? List { get; init; }

    /// <summary>"page" (a site-list target such as a homepage) or "article".</summary>
    public required string Role { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>One of <see cref="FetchOutcomes"/>.</summary>
    public required string Outcome { get; init; }

    public int? HttpStatus { get; init; }
    public string? FinalUrl { get; init; }
    public string? Failure { get; init; }
    public string? ContentType { get; init; }
    public long BodyLength { get; init; }
    public string? BodySha256 { get; init; }
    public bool Truncated { get; init; }
    public string? Title { get; init; }

    /// <summary>Extracted main text; null when nothing could be read.</summary>
    public string? Text { get; init; }

    public string? TextSha256 { get; init; }

    /// <summary>64-bit SimHash of the normalized main text, 16 hex digits.</summary>
    public string? SimHash { get; init; }

    /// <summary>How the text changed since <see cref="ComparedWith"/>, one of the change kinds; null when not compared.</summary>
    public string? ChangeKind { get; init; }

    public double? Similarity { get; init; }
    public Guid? ComparedWith { get; init; }

    /// <summary>The WARC record of the response, when one was kept (first and changed fetches, and findings).</summary>
    public WarcLocation? Warc { get; init; }
}
