using System.Text;

namespace MediaMonitor.Evidence;

/// <summary>Builds the blocks of request and response records: the HTTP message head and its body, as on the wire.</summary>
internal static class HttpBlocks
{
    private static readonly string[] DecodedBodyHeaders = ["Content-Encoding", "Content-Length", "Transfer-Encoding"];

    /// <summary>The request line with the origin-form target, the headers (Host added when missing), then the body.</summary>
    public static (byte[] Block, int PayloadOffset) Request(Uri target, WarcHttpRequest request)
    {
        var head = new StringBuilder();
        head.Append(WarcRecordEncoder.SingleLine(request.Method)).Append(' ')
            .Append(target.PathAndQuery).Append(' ')
            .Append(WarcRecordEncoder.SingleLine(request.Version)).Append("\r\n");
        if (!request.Headers.Any(h => h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append("Host: ").Append(target.Authority).Append("\r\n");
        }

        AppendHeaders(head, request.Headers, renamed: []);
        return Join(head, request.Body.Span);
    }

    /// <summary>
    /// The status line, the headers, then the body. The body is stored without chunked framing, so
    /// Transfer-Encoding is always renamed; Content-Encoding and Content-Length too when the client
    /// already decoded the body. X-Archive-Orig- is the prefix other archiving tools use for this.
    /// </summary>
    public static (byte[] Block, int PayloadOffset) Response(WarcHttpResponse response)
    {
        var head = new StringBuilder();
        head.Append(WarcRecordEncoder.SingleLine(response.StatusLine)).Append("\r\n");
        AppendHeaders(head, response.Headers, response.BodyDecoded ? DecodedBodyHeaders : ["Transfer-Encoding"]);
        return Join(head, response.Body.Span);
    }

    private static void AppendHeaders(StringBuilder head, IReadOnlyList<KeyValuePair<string, string>> headers, string[] renamed)
    {
        foreach (var (name, value) in headers)
        {
            var written = renamed.Any(r => r.Equals(name, StringComparison.OrdinalIgnoreCase)) ? "X-Archive-Orig-" + name : name;
            head.Append(WarcRecordEncoder.SingleLine(written)).Append(": ").Append(WarcRecordEncoder.SingleLine(value)).Append("\r\n");
        }

        head.Append("\r\n");
    }

    private static (byte[] Block, int PayloadOffset) Join(StringBuilder head, ReadOnlySpan<byte> body)
    {
        var headBytes = Encoding.UTF8.GetBytes(head.ToString());
        var block = new byte[headBytes.Length + body.Length];
        headBytes.CopyTo(block, 0);
        body.CopyTo(block.AsSpan(headBytes.Length));
        return (block, headBytes.Length);
    }
}
