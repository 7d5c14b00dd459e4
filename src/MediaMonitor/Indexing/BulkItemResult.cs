namespace MediaMonitor.Indexing;

/// <summary>The bulk API's answer for one item: its status and, when refused, the error type and reason.</summary>
internal readonly record struct BulkItemResult(int Status, string? ErrorType, string? Reason)
{
    public bool Ok => Status is >= 200 and < 300;

    /// <summary>Refused for now (queue full, shard unavailable): send it again later.</summary>
    public bool Transient => Status is 429 or >= 500;
}
