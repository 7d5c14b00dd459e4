namespace MediaMonitor.FakeElasticsearch;

/// <summary>What the fake answers for one bulk item instead of indexing it.</summary>
public sealed record ItemFault(int Status, string Type, string Reason);
