namespace MediaMonitor.Analysis.Fingerprints;

/// <summary>Where one part of blockpages.json came from; kept in the file so the licence travels with the data.</summary>
internal sealed record FingerprintSource(string Name, string Url, string Commit, string Licence);
