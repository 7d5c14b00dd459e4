namespace MediaMonitor.Probing;

/// <summary>A URL to check, with the site list and outlet it came from when known.</summary>
public sealed record ProbeTarget(Uri Url, string? List = null, string? Outlet = null)
{
    /// <summary>The site list's category code for the URL, carried into the measurement.</summary>
    public string? Category { get; init; }

    /// <summary>Keep the body bytes read (up to the cap) in <see cref="HttpResult.Body"/>: content monitoring needs them, blocking checks do not.</summary>
    public bool KeepBody { get; init; }

    /// <summary>User-Agent for this request instead of the configured one (the crawler names a contact address).</summary>
    public string? UserAgent { get; init; }
}
