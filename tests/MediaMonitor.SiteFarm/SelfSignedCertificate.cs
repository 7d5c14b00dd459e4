using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MediaMonitor.SiteFarm;

/// <summary>Makes the farm's TLS certificate when the caller brings none.</summary>
internal static class SelfSignedCertificate
{
    // A SAN per address bloats every handshake; beyond this many sites, tests trust the
    // certificate by thumbprint anyway rather than by name.
    private const int MaxAddressNames = 256;

    public static X509Certificate2 Create(IReadOnlyList<IPAddress> addresses, TimeProvider time)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=MediaMonitor SiteFarm", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        foreach (var address in addresses.Where(a => !a.Equals(IPAddress.Loopback)).Take(MaxAddressNames))
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));

        var now = time.GetUtcNow();
        using var ephemeral = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        // A PKCS#12 round trip gives a key SslStream can use on every platform (Windows
        // refuses ephemeral keys); on Linux it is merely harmless.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
    }
}
