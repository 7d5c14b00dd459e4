namespace MediaMonitor.Indexing;

/// <summary>
/// One outbox row made ready for the bulk API: where it goes and the document; its id in the index is the finding's own (<see cref="EntityId"/>).
/// <see cref="Source"/> is null when there is nothing to send: the finding is no longer in the store,
/// or its stored document cannot be read (<see cref="Problem"/> says which).
/// </summary>
public sealed record IndexAction(long Seq, string Kind, string EntityId, string Index, byte[]? Source)
{
    public string? Problem { get; init; }
}
