namespace MediaMonitor.Probing.Dns;

/// <summary>A resolver the probe asks directly, so it sees the raw answer rather than the OS cache.</summary>
public interface IDnsClient
{
    /// <summary>Transport and server, e.g. <c>udp:1.2.3.4:53</c> or <c>doh:https://dns.example/dns-query</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Queries A and AAAA in parallel. Network failures are reported in <see cref="DnsLookup.Failure"/>;
    /// only the caller's cancellation throws.
    /// </summary>
    Task<DnsLookup> LookupAsync(string host, CancellationToken cancellationToken);
}
