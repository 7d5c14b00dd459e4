namespace MediaMonitor.Indexing;

/// <summary>The bulk API's answer for one item: its status and, when refused, the error type and reason.</summary>
internal readonly record struct BulkItemResult(int Status, string? ErrorType, string? Reason)
{
    public bool Ok => Status is >= 200 and < 300;

    /// <summary>Refused for now (queue full, shard unavailable): send it again later.</summary>
    public bool Transient => Status is 429 or >= 500;

    /// <summary>
    /// Refused for what the document is (it does not fit the mapping): sending it again can never
    /// succeed, so it is set aside. Any other refusal (403 for a missing privilege, 404 for an index
    /// that may not be created, a closed or read-only index) is about the cluster, not the document,
    /// and holds the outbox until it is fixed.
    /// </summary>
    public bool Permanent => Status == 400 && ErrorType is "document_parsing_exception" or "mapper_parsing_exception"
        or "strict_dynamic_mapping_exception" or "illegal_argument_exception" or "mapper_exception";
}
