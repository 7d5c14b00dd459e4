namespace MediaMonitor.Indexing;

/// <summary>The cluster refused or did not answer a request that cannot be retried into success (setup, a query).</summary>
public sealed class IndexingException(string message) : Exception(message);
