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

    /// <summary>Milliseconds from the response headers to the end of the body read: with the length, the throughput.</summary>
    public double? BodyMs { get; init; }

    /// <summary>
    /// The start of the body (64 KiB at most) decoded as text, for blockpage fingerprints and
    /// server-side block detection. Kept in memory only: evidence files come with content monitoring.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? BodyText { get; init; }

    /// <summary>The body bytes read (decompressed, at most the cap), when the target asked to keep them.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ReadOnlyMemory<byte>? Body { get; init; }

    /// <summary>The URL that gave this response: the target, or where its redirects led.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? FinalUrl { get; init; }

    /// <summary>The status line's reason phrase as sent by the server.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ReasonPhrase { get; init; }

    /// <summary>The request header fields sent for the final response, in order: the WARC request record.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; } = [];

    public string? Failure { get; init; }
    public double Ms { get; init; }
}
