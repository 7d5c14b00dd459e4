namespace MediaMonitor.Content.Monitoring;

/// <summary>What a content fetch gave; the values of <see cref="PageSnapshot.Outcome"/>.</summary>
public static class FetchOutcomes
{
    /// <summary>200 with readable text: can become the last good snapshot.</summary>
    public const string Good = "good";

    /// <summary>No response (DNS, TCP, TLS, timeout), 5xx, or 429: says nothing about the content.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>A 4xx other than the takedown statuses (401, 403...), or a bot challenge: access, not content.</summary>
    public const string Refused = "refused";

    /// <summary>A response that is not HTML or XML text (binary labelled text/html, images...).</summary>
    public const string NotText = "not-text";

    /// <summary>A known blockpage served on the way: blocking, which reachability checks judge, not a content change.</summary>
    public const string Blockpage = "blockpage";

    /// <summary>The page is now a notice (closure, suspension, parked domain, hosting error).</summary>
    public const string Replaced = "replaced";

    /// <summary>The article is gone: 404, 410, 451, a redirect to the homepage, or a "not found" page.</summary>
    public const string TakenDown = "taken-down";

    /// <summary>The check itself failed (a bug, a pattern that ran too long); logged, and tried again at the next due time.</summary>
    public const string Error = "error";

    /// <summary>robots.txt disallows the URL for our product token: not fetched.</summary>
    public const string Disallowed = "robots-disallowed";
}
