namespace MediaMonitor.Probing;

/// <summary>
/// Failure names. Where OONI has a name for a failure we use OONI's string, so results compare
/// with OONI Explorer; the few that OONI lacks are marked below and documented in the README.
/// </summary>
public static class Failures
{
    public const string DnsNxdomain = "dns_nxdomain_error";
    public const string DnsNoAnswer = "dns_no_answer";
    public const string DnsTemporary = "dns_temporary_failure";
    public const string DnsNonRecoverable = "dns_non_recoverable_failure";
    public const string DnsServerMisbehaving = "dns_server_misbehaving";
    public const string ConnectionRefused = "connection_refused";
    public const string ConnectionReset = "connection_reset";
    public const string ConnectionAborted = "connection_aborted";
    public const string HostUnreachable = "host_unreachable";
    public const string NetworkUnreachable = "network_unreachable";
    public const string Timeout = "generic_timeout_error";
    public const string Eof = "eof_error";
    public const string SslInvalidHostname = "ssl_invalid_hostname";
    public const string SslUnknownAuthority = "ssl_unknown_authority";
    public const string SslInvalidCertificate = "ssl_invalid_certificate";
    public const string SslFailedHandshake = "ssl_failed_handshake";

    // MediaMonitor's own names, for cases OONI has no string for.
    public const string TooManyRedirects = "too_many_redirects";
    public const string RedirectLoop = "redirect_loop";
    public const string UnsupportedRedirect = "unsupported_redirect_scheme";
    public const string InvalidResponse = "http_invalid_response";
    public const string HeadersTooLarge = "http_headers_too_large";
    public const string ProxyRefused = "proxy_refused";
    public const string PrivateAddressRefused = "private_address_refused";

    public const string UnknownPrefix = "unknown_failure: ";
}
