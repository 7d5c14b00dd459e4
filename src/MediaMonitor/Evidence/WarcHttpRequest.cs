namespace MediaMonitor.Evidence;

/// <summary>The HTTP request of an exchange, as sent.</summary>
/// <param name="Method">The method, such as GET.</param>
/// <param name="Headers">Header fields in the order sent; a name may repeat.</param>
/// <param name="Version">The HTTP version written on the request line.</param>
public sealed record WarcHttpRequest(string Method, IReadOnlyList<KeyValuePair<string, string>> Headers, string Version = "HTTP/1.1")
{
    /// <summary>The request body, empty for GET.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }
}
