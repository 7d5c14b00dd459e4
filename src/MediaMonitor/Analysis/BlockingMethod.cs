namespace MediaMonitor.Analysis;

/// <summary>How a block was done. OONI's names where it has them; tls, throttled and tls-interception are ours.</summary>
public static class BlockingMethod
{
    public const string Dns = "dns";
    public const string TcpIp = "tcp_ip";
    public const string Tls = "tls";
    public const string HttpFailure = "http-failure";
    public const string HttpDiff = "http-diff";
    public const string Blockpage = "blockpage";
    public const string Throttled = "throttled";
    public const string TlsInterception = "tls-interception";
}
