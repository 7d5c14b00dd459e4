namespace MediaMonitor.Content.Monitoring;

/// <summary>The values of <see cref="TrackedArticle.State"/>.</summary>
public static class ArticleStates
{
    /// <summary>Discovered, not yet fetched: no baseline.</summary>
    public const string New = "new";

    /// <summary>Served at least once: has a last good snapshot and is re-checked.</summary>
    public const string Live = "live";

    /// <summary>Was served, then taken down; a signal was raised. Not re-checked.</summary>
    public const string TakenDown = "taken-down";

    /// <summary>Never served to us (gone before the first fetch), or fell out of the tracked window.</summary>
    public const string Retired = "retired";
}
