namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>One row of blockpages.json, as the generator wrote it.</summary>
internal sealed record BlockpageFingerprint(
    string Id,
    string Source,
    string Scope,
    string Location,
    string Type,
    string Pattern,
    IReadOnlyList<string> Countries);
