using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MediaMonitor.Probing;

/// <summary>
/// Keeps the chain a server presented and names what was wrong with it, then lets the
/// handshake fail as it should.
/// </summary>
internal sealed class CertificateCapture
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
        Failure = Name(errors, chain);
        return Failure is null;
    }

    private static string? Name(SslPolicyErrors errors, X509Chain? chain)
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
            var status = chain?.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status) ?? X509ChainStatusFlags.NoError;
            const X509ChainStatusFlags unknownAuthority = X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain;
            if ((status & unknownAuthority) != 0)
            {
                return Failures.SslUnknownAuthority;
            }

            return Failures.SslInvalidCertificate;
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
