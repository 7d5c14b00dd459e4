namespace MediaMonitor.Probing;

/// <summary>
/// Milliseconds per phase. DNS, connect, TLS and first byte are those of the last hop; total covers
/// the whole check including redirects and the body. A phase that did not happen is null.
/// </summary>
public sealed record Timings(double? DnsMs, double? ConnectMs, double? TlsMs, double? FirstByteMs, double TotalMs);
