namespace MediaMonitor.Signals;

/// <summary>
/// An event a person cares about, with its evidence. The id is derived from what was observed
/// (kind, URL, snapshot), so writing the same signal twice, after a crash say, changes nothing.
/// </summary>
public sealed record Signal
{
    public required string Id { get; init; }

    /// <summary>One of <see cref="SignalKinds"/>.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset DetectedAt { get; init; }
    public required string Url { get; init; }
    public string? Outlet { get; init; }
    public string? List { get; init; }

    /// <summary>Why, in a word: status_404, redirect_to_home, soft_404, closure, major, title...</summary>
    public string? Reason { get; init; }

    /// <summary>One line for an e-mail subject or a table.</summary>
    public required string Summary { get; init; }

    /// <summary>For edits and replacements: changed lines of the main text, "- old" / "+ new".</summary>
    public string? Diff { get; init; }

    /// <summary>Shingle similarity of the main texts before and after, 0..1, when both exist.</summary>
    public double? Similarity { get; init; }

    /// <summary>The fetch that showed the change (for a takedown: the 404, the redirect, the "not found" page).</summary>
    public SnapshotEvidence? Current { get; init; }

    /// <summary>The last fetch before it that served the page as it was: the last good snapshot.</summary>
    public SnapshotEvidence? Previous { get; init; }

    /// <summary>For legal signals: who is targeted, an outlet id from config/outlets or a name in Latin letters.</summary>
    public string? Subject { get; init; }

    /// <summary>For legal signals: the listed person named, when one was.</summary>
    public string? Person { get; init; }

    /// <summary>For legal signals: 0..1, how sure the rules are.</summary>
    public double? Confidence { get; init; }

    /// <summary>For legal signals: the sentence that says it.</summary>
    public string? Evidence { get; init; }

    /// <summary>For legal signals: the article's headline.</summary>
    public string? Title { get; init; }

    /// <summary>For legal signals: when the article was published, from its feed or sitemap.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>For legal signals: code article, amount and currency, court, claimant.</summary>
    public Legal.LegalDetails? Details { get; init; }

    /// <summary>For legal signals: the event this report is a source of; several outlets reporting one lawsuit share it.</summary>
    public string? EventId { get; init; }
}
