namespace MediaMonitor.Evidence;

/// <summary>
/// Where a response record was written: the gzip member at <paramref name="Offset"/> of
/// <paramref name="File"/>, <paramref name="Length"/> bytes long, decompresses to exactly that record.
/// </summary>
/// <param name="File">Full path of the .warc.gz file.</param>
/// <param name="Offset">Byte offset of the record's gzip member in the file.</param>
/// <param name="Length">Compressed length of the member in bytes.</param>
/// <param name="PayloadSha256">SHA-256 of the response body, lowercase hex (the record's WARC-Payload-Digest without its label).</param>
public sealed record WarcLocation(string File, long Offset, long Length, string PayloadSha256);
