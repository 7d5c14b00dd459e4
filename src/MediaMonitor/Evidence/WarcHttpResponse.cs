namespace MediaMonitor.Evidence;

/// <summary>The HTTP response of an exchange, as received.</summary>
/// <param name="StatusLine">The status line without its line end, such as <c>HTTP/1.1 200 OK</c>.</param>
/// <param name="Headers">Header fields in the order received; a name may repeat.</param>
/// <param name="Body">The body bytes read (after any chunked framing was removed).</param>
public sealed record WarcHttpResponse(string StatusLine, IReadOnlyList<KeyValuePair<string, string>> Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>
    /// True when <see cref="Body"/> was already content-decoded (gzip, br...) by the client. The writer
    /// then renames Content-Encoding and Content-Length to X-Archive-Orig-*, so that WARC readers do not
    /// try to decode it again and the payload digest matches the bytes stored.
    /// </summary>
    public bool BodyDecoded { get; init; }
}
