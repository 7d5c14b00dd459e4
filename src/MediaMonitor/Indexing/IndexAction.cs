namespace MediaMonitor.Indexing;

/// <summary>
/// One outbox row made ready for the bulk API: where it goes, under which id, and the document.
/// <see cref="Source"/> is null when the finding is no longer in the store (nothing to send).
/// </summary>
public sealed record IndexAction(long Seq, string Kind, string EntityId, string Index, string Id, byte[]? Source);
