namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>The shape of blockpages.json.</summary>
internal sealed record BlockpageDataFile(IReadOnlyList<FingerprintSource> Sources, IReadOnlyList<BlockpageFingerprint> Fingerprints);
