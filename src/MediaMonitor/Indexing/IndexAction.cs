namespace MediaMonitor.Indexing;

/// <summary>
/// One outbox row made ready for the bulk API: where it goes, under which id, and the document.
/// <see cref="Source"/> is null when there is nothing to send: the finding is no longer in the store,
/// or its stored document cannot be read (<see cref="Problem"/> says which).
/// </summary>
public sealed record IndexAction(long Seq, string Kind, string EntityId, string Index, string Id, byte[]? Source)
{
    public string? Problem { get; init; }
}
