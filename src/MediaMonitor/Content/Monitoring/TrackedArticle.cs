namespace MediaMonitor.Content.Monitoring;

/// <summary>An article being watched for takedowns and edits.</summary>
public sealed record TrackedArticle
{
    public required string Url { get; init; }
    public required string Outlet { get; init; }
    public string? List { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>Where it was found: feed, sitemap or homepage.</summary>
    public required string Source { get; init; }

    /// <summary>One of <see cref="ArticleStates"/>.</summary>
    public required string State { get; init; }

    public int Checks { get; init; }
    public required DateTimeOffset NextCheckAt { get; init; }
    public DateTimeOffset? LastCheckedAt { get; init; }
    public Guid? LastGoodSnapshot { get; init; }
}
