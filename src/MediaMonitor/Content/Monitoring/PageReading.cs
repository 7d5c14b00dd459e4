namespace MediaMonitor.Content.Monitoring;

/// <summary>A fetch read: what judging needs, and the decoded HTML for link discovery.</summary>
internal sealed record PageReading(Observation Observation, string? Html, string? TextSha256, string? SimHash);
