using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MediaMonitor.Probing;

/// <summary>
/// Keeps the chain a server presented and names what was wrong with it, then lets the
/// handshake fail as it should. Extra roots (Probing:TrustedCaFiles) are trusted besides the system's.
/// </summary>
internal sealed class CertificateCapture(X509Certificate2Collection extraRoots)
{
    public IReadOnlyList<CertificateInfo> Chain { get; private set; } = [];
    public string? Failure { get; private set; }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var infos = new List<CertificateInfo>();
        if (chain is not null && chain.ChainElements.Count > 0)
        {
            foreach (var element in chain.ChainElements)
            {
                infos.Add(Describe(element.Certificate));
            }
        }
        else if (certificate is not null)
        {
            using var leaf = new X509Certificate2(certificate);
            infos.Add(Describe(leaf));
        }

        Chain = infos;
        var status = chain?.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status) ?? X509ChainStatusFlags.NoError;
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors) && extraRoots.Count > 0 && certificate is not null && chain is not null)
        {
            // Judge the chain again with the extra roots trusted; what is still wrong is what counts.
            status = StatusWithExtraRoots(certificate, chain);
            if (status == X509ChainStatusFlags.NoError)
            {
                errors &= ~SslPolicyErrors.RemoteCertificateChainErrors;
            }
        }

        Failure = Name(errors, status);
        return Failure is null;
    }

    private X509ChainStatusFlags StatusWithExtraRoots(X509Certificate certificate, X509Chain presented)
    {
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.CustomTrustStore.AddRange(extraRoots);
        foreach (var element in presented.ChainElements)
        {
            custom.ChainPolicy.ExtraStore.Add(element.Certificate);
        }

        using var leaf = new X509Certificate2(certificate);
        return custom.Build(leaf)
            ? X509ChainStatusFlags.NoError
            : custom.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
    }

    private static string? Name(SslPolicyErrors errors, X509ChainStatusFlags status)
    {
        if (errors == SslPolicyErrors.None)
        {
            return null;
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return Failures.SslInvalidCertificate;
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            const X509ChainStatusFlags unknownAuthority = X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain;
            return (status & unknownAuthority) != 0 ? Failures.SslUnknownAuthority : Failures.SslInvalidCertificate;
        }

        return Failures.SslInvalidHostname;
    }

    private static CertificateInfo Describe(X509Certificate2 certificate) => new(
        certificate.Subject,
        certificate.Issuer,
        new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
        new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
        Convert.ToHexStringLower(SHA256.HashData(certificate.RawData)));
}
