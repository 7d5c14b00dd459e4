namespace MediaMonitor.Indexing;

/// <summary>What a drain did: documents indexed, items set aside for good, resends, and what is still waiting.</summary>
public sealed record DrainResult(long Indexed, long SetAside, long Retried, long Waiting, bool ClusterUnavailable, string? LastError);
