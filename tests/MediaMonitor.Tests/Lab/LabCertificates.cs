using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MediaMonitor.LabServer;

namespace MediaMonitor.Tests.Lab;

/// <summary>
/// The lab's certificates: a test CA the probe and the control are told to trust, the sites'
/// certificate and an expired one from it, and two interception CAs nobody trusts: an unknown one,
/// and one named like Kazakhstan's (C=KZ, O=ISCA, CN=Information Security Certification Authority).
/// </summary>
internal static class LabCertificates
{
    public static string CaPemFile(string folder) => Path.Combine(folder, "ca.pem");

    public static void WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        var now = TimeProvider.System.GetUtcNow();
        using var ca = CreateCa("CN=MediaMonitor Lab CA, O=MediaMonitor tests", now);
        File.WriteAllText(CaPemFile(folder), ca.ExportCertificatePem());
        var names = LabTopology.Sites.Select(s => LabTopology.Host(s.Name)).ToList();
        Write(folder, "site.pfx", ca, "CN=" + LabTopology.Domain, names, now.AddDays(-1), now.AddDays(30));
        Write(folder, "expired.pfx", ca, "CN=" + LabTopology.Host("expired"), [LabTopology.Host("expired")], now.AddDays(-60), now.AddDays(-1));
        using var rogue = CreateCa("CN=Lab ISP Security Gateway CA, O=Lab ISP", now);
        Write(folder, "rogue.pfx", rogue, "CN=" + LabTopology.Host("intercept"), names, now.AddDays(-1), now.AddDays(30));
        using var isca = CreateCa("CN=Information Security Certification Authority, O=ISCA, C=KZ", now);
        Write(folder, "isca.pfx", isca, "CN=" + LabTopology.Host("isca"), names, now.AddDays(-1), now.AddDays(30));
    }

    private static X509Certificate2 CreateCa(string subject, DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddDays(-90), now.AddYears(1));
    }

    private static void Write(string folder, string file, X509Certificate2 issuer, string subject, IEnumerable<string> names, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        foreach (var name in names)
        {
            san.AddDnsName(name);
        }

        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        using var certificate = request.Create(issuer, notBefore, notAfter, serial);
        using var withKey = certificate.CopyWithPrivateKey(key);
        var chain = new X509Certificate2Collection { withKey, X509CertificateLoader.LoadCertificate(issuer.RawData) };
        File.WriteAllBytes(Path.Combine(folder, file), chain.Export(X509ContentType.Pkcs12)!);
    }
}
