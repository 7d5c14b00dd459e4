namespace MediaMonitor.Probing;

/// <summary>One certificate of a presented chain, leaf first.</summary>
public sealed record CertificateInfo(string Subject, string Issuer, DateTimeOffset NotBefore, DateTimeOffset NotAfter, string Sha256);
