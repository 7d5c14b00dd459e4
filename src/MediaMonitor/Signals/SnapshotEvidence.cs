namespace MediaMonitor.Signals;

/// <summary>One fetch a signal rests on: what was served, when, and where its WARC record is.</summary>
/// <param name="SnapshotId">The snapshot row in the store.</param>
/// <param name="Url">The URL fetched.</param>
/// <param name="FetchedAt">When it was fetched.</param>
/// <param name="HttpStatus">The final status, or null when no response came.</param>
/// <param name="FinalUrl">Where redirects led.</param>
/// <param name="Title">The page title.</param>
/// <param name="TextSha256">SHA-256 of the extracted main text (UTF-8), lowercase hex.</param>
/// <param name="Snippet">The start of the main text.</param>
/// <param name="WarcFile">The .warc.gz file holding the response, relative to the data folder; null when none was kept.</param>
/// <param name="WarcOffset">Byte offset of the response record's gzip member.</param>
/// <param name="WarcLength">Compressed length of that member.</param>
/// <param name="PayloadSha256">SHA-256 of the response body as stored in the record.</param>
public sealed record SnapshotEvidence(
    string SnapshotId,
    string Url,
    DateTimeOffset FetchedAt,
    int? HttpStatus,
    string? FinalUrl,
    string? Title,
    string? TextSha256,
    string? Snippet,
    string? WarcFile,
    long? WarcOffset,
    long? WarcLength,
    string? PayloadSha256);
