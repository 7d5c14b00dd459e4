namespace MediaMonitor.Storage;

/// <summary>One pass over a site list: when, how many targets, and the outcome counts.</summary>
public sealed record CycleRecord(
    Guid Id,
    string? List,
    string Vantage,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Targets,
    int Ok,
    int Failed,
    IReadOnlyDictionary<string, int> FailuresByName);
