namespace MediaMonitor.Probing;

/// <summary>
/// Name resolution for one host: every address answered, the CNAME chain, the response code
/// (null from the system resolver, which does not tell), or how it failed.
/// </summary>
public sealed record DnsResult(string Resolver, string Host, IReadOnlyList<string> Answers, string? Failure, double Ms)
{
    public IReadOnlyList<string> Cnames { get; init; } = [];
    public string? Rcode { get; init; }
}
