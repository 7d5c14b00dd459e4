namespace MediaMonitor.Checks;

/// <summary>What one pass over a set of targets found, for the log and the store.</summary>
public sealed record CycleSummary(
    string? List,
    string Vantage,
    int Targets,
    int Ok,
    int HttpErrors,
    int Failed,
    IReadOnlyDictionary<string, int> FailuresByName,
    IReadOnlyDictionary<int, int> HttpErrorsByStatus,
    TimeSpan Duration)
{
    public double ChecksPerSecond => Duration.TotalSeconds > 0 ? Targets / Duration.TotalSeconds : 0;

    public string FailuresText => FailuresByName.Count == 0 ? "none" : string.Join(", ", FailuresByName.OrderByDescending(f => f.Value).Select(f => $"{f.Key}: {f.Value}"));

    /// <summary>Final verdicts by status (and method), e.g. "blocked (tls)": 3.</summary>
    public IReadOnlyDictionary<string, int> Verdicts { get; init; } = new Dictionary<string, int>();

    public string VerdictsText => Verdicts.Count == 0 ? "none" : string.Join(", ", Verdicts.OrderByDescending(v => v.Value).Select(v => $"{v.Key}: {v.Value}"));

    public string HttpErrorsText => HttpErrorsByStatus.Count == 0 ? "none" : string.Join(", ", HttpErrorsByStatus.OrderBy(f => f.Key).Select(f => $"{f.Key}: {f.Value}"));
}
