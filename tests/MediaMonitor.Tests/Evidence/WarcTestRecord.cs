namespace MediaMonitor.Tests.Evidence;

/// <summary>A WARC record as read back by the tests' own small reader.</summary>
internal sealed record WarcTestRecord(string Version, IReadOnlyDictionary<string, string> Headers, byte[] Block)
{
    public string Type => Headers["WARC-Type"];

    /// <summary>For application/http blocks: the bytes after the message head's blank line.</summary>
    public byte[] HttpPayload()
    {
        var at = Block.AsSpan().IndexOf("\r\n\r\n"u8);
        return at < 0 ? throw new InvalidOperationException("no end of HTTP head") : Block[(at + 4)..];
    }

    public string HttpHead()
    {
        var at = Block.AsSpan().IndexOf("\r\n\r\n"u8);
        return System.Text.Encoding.UTF8.GetString(Block, 0, at);
    }
}
