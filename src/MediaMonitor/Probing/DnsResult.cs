namespace MediaMonitor.Probing;

/// <summary>Name resolution for one host: what the resolver answered, or how it failed.</summary>
public sealed record DnsResult(string Resolver, string Host, IReadOnlyList<string> Answers, string? Failure, double Ms);
