namespace MediaMonitor.Probing;

/// <summary>
/// A TLS handshake with SNI. The chain is recorded even when validation fails, because an
/// intercepting certificate is evidence.
/// </summary>
public sealed record TlsResult(string ServerName, string? Version, string? Cipher, IReadOnlyList<CertificateInfo> Chain, string? Failure, double Ms);
