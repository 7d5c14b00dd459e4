namespace MediaMonitor.Analysis;

/// <summary>
/// Certificate authorities known to be used to intercept TLS nationally. A chain issued by one
/// is interception whatever the control saw.
/// Sources: OONI and Internet Freedom Kazakhstan report (2024-09): issuer C=KZ, O=ISCA,
/// CN=Information Security Certification Authority, seen intercepting on 19 networks; the 2019
/// interception campaign's root "Qaznet Trust Network" (blocked by Mozilla and Google that year).
/// </summary>
public static class InterceptionAuthorities
{
    public static readonly IReadOnlyList<(string Name, string[] DistinguishedNameParts)> Known =
    [
        ("Kazakhstan ISCA", ["O=ISCA", "CN=Information Security Certification Authority"]),
        ("Kazakhstan Qaznet Trust Network", ["CN=Qaznet Trust Network"]),
    ];

    /// <summary>The name of the known authority that issued or signs this certificate, if any.</summary>
    public static string? Match(string distinguishedName)
    {
        foreach (var (name, parts) in Known)
        {
            if (parts.All(p => distinguishedName.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                return name;
            }
        }

        return null;
    }
}
