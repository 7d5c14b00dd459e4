namespace MediaMonitor.Probing.Dns;

/// <summary>
/// OONI's DNS failure strings that <see cref="Failures"/> lacks (netxlite's names), and the rcode
/// mapping netxlite applies to a reply.
/// </summary>
public static class DnsFailures
{
    public const string Refused = "dns_refused_error";
    public const string Servfail = "dns_servfail_error";
    public const string Bogon = "dns_bogon_error";

    /// <summary>The failure a reply's rcode stands for, or null for NOERROR.</summary>
    public static string? FromRcode(int rcode) => rcode switch
    {
        DnsRcodes.NoError => null,
        DnsRcodes.NxDomain => Failures.DnsNxdomain,
        DnsRcodes.Refused => Refused,
        DnsRcodes.ServFail => Servfail,
        // netxlite has no finer name for FORMERR, NOTIMP and the rest.
        _ => Failures.DnsServerMisbehaving,
    };
}
