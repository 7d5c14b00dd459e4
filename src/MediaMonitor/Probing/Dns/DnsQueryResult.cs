using System.Net;

namespace MediaMonitor.Probing.Dns;

/// <summary>One query's outcome read the way the probe needs it; <see cref="Rcode"/> is empty without a reply.</summary>
internal sealed record DnsQueryResult(IReadOnlyList<IPAddress> Addresses, IReadOnlyList<string> Cnames, string Rcode, string? Failure, int? HttpStatus);
