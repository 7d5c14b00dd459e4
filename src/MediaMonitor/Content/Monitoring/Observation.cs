namespace MediaMonitor.Content.Monitoring;

/// <summary>What one content fetch showed, reduced to what judging it needs.</summary>
/// <param name="Url">The URL fetched.</param>
/// <param name="Status">The final HTTP status; null when no response came.</param>
/// <param name="Failure">The OONI failure string when the fetch failed.</param>
/// <param name="FinalUrl">Where redirects led; the URL itself when there were none.</param>
/// <param name="Redirected">Whether any redirect was followed.</param>
/// <param name="IsText">Whether the body is HTML or XML text (not binary under a text label).</param>
/// <param name="Title">The page title.</param>
/// <param name="Text">The extracted main text.</param>
/// <param name="Blockpage">Whether a known blockpage fingerprint matched the body or headers.</param>
/// <param name="Challenge">Whether the page is a bot challenge (Cloudflare and the like).</param>
internal sealed record Observation(
    Uri Url,
    int? Status,
    string? Failure,
    Uri? FinalUrl,
    bool Redirected,
    bool IsText,
    string? Title,
    string? Text,
    bool Blockpage = false,
    bool Challenge = false);
