using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace MediaMonitor.Evidence;

/// <summary>Turns WARC header fields and a block into one record, gzip-compressed as its own member.</summary>
internal static class WarcRecordEncoder
{
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    /// <summary>
    /// Encodes a whole record: version line, <paramref name="fields"/>, Content-Length and WARC-Block-Digest
    /// (computed here so they always describe the bytes written), the block, and the two closing CRLFs.
    /// </summary>
    public static byte[] EncodeMember(IReadOnlyList<KeyValuePair<string, string>> fields, ReadOnlySpan<byte> block)
    {
        var header = new StringBuilder("WARC/1.1\r\n");
        foreach (var (name, value) in fields)
        {
            header.Append(name).Append(": ").Append(SingleLine(value)).Append("\r\n");
        }

        header.Append("WARC-Block-Digest: ").Append(LabelledSha256(block)).Append("\r\n");
        header.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(header.ToString()));
            gzip.Write(block);
            gzip.Write(CrLf);
            gzip.Write(CrLf);
        }

        return buffer.ToArray();
    }

    /// <summary><c>sha256:</c> and the lowercase hex digest: WARC 1.1 lets the label name any algorithm.</summary>
    public static string LabelledSha256(ReadOnlySpan<byte> bytes) => "sha256:" + Sha256Hex(bytes);

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// A line break inside a field would end the field (or the header) early and let the rest be read as
    /// other fields, so breaks are folded into spaces: values come from servers we do not control.
    /// </summary>
    public static string SingleLine(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0 ? value : value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
