using System.Net;

namespace MediaMonitor.Probing.Dns;

/// <summary>
/// What one resolver answered for a host: every A then AAAA address at the end of the CNAME chain,
/// the chain itself, and the rcode (of the A query, or of the AAAA query when A got no reply).
/// <see cref="Rcode"/> is empty when neither query got a usable reply; <see cref="Failure"/> is an
/// OONI failure string, or null when at least one address came back.
/// </summary>
public sealed record DnsLookup(
    string Resolver,
    string Host,
    IReadOnlyList<IPAddress> Addresses,
    IReadOnlyList<string> Cnames,
    string Rcode,
    string? Failure,
    double Ms)
{
    /// <summary>
    /// DoH only: the HTTP status of the A exchange (the AAAA one when A got no HTTP response), so a
    /// <c>dns_server_misbehaving</c> caused by a 403 or 500 can be told apart from a bad DNS reply.
    /// </summary>
    public int? HttpStatus { get; init; }
}
