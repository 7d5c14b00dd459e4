namespace MediaMonitor.Probing;

/// <summary>The final HTTP response of a check (after redirects), or the failure that ended it.</summary>
public sealed record HttpResult
{
    public int? Status { get; init; }
    public string? Title { get; init; }
    public string? ContentType { get; init; }

    /// <summary>Bytes of the (decompressed) body read, at most the configured cap.</summary>
    public long BodyLength { get; init; }

    /// <summary>True when the body was longer than the cap and reading stopped there.</summary>
    public bool BodyTruncated { get; init; }

    /// <summary>SHA-256 of the body bytes read, lowercase hex; null when no body was read.</summary>
    public string? BodySha256 { get; init; }

    /// <summary>Response headers, lowercase names; repeated headers joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Every redirect followed, in order.</summary>
    public IReadOnlyList<RedirectHop> Redirects { get; init; } = [];

    public string? Failure { get; init; }
    public double Ms { get; init; }
}
