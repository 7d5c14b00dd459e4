namespace MediaMonitor.Indexing;

/// <summary>The cluster refused or did not answer a request that cannot be retried into success (setup, a query).</summary>
public sealed class IndexingException(string message, int? status = null) : Exception(message)
{
    /// <summary>The cluster's HTTP status, or null when it did not answer.</summary>
    public int? Status { get; } = status;
}
