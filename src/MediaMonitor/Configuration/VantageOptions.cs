using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Configuration;

/// <summary>One place measurements are taken from.</summary>
public sealed class VantageOptions
{
    /// <summary>Name used in measurements and on the command line (--vantage).</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9_-]{0,63}$", ErrorMessage = "use lowercase letters, digits, '-' or '_' (at most 64)")]
    public string Name { get; set; } = "";

    /// <summary>How traffic leaves: "direct" (this machine), "http-proxy" (HTTP CONNECT) or "socks5". Default direct.</summary>
    [Required, RegularExpression("^(direct|http-proxy|socks5)$", ErrorMessage = "use direct, http-proxy or socks5")]
    public string Kind { get; set; } = "direct";

    /// <summary>The proxy as host:port, for http-proxy and socks5. Through a proxy, names are resolved by the proxy.</summary>
    public string? Proxy { get; set; }

    /// <summary>
    /// DNS resolver of a direct vantage: "system" (default), "udp:ADDRESS:PORT" (a given server,
    /// e.g. udp:8.8.8.8:53) or "doh:URL" (DNS over HTTPS, e.g. doh:https://dns.example/dns-query).
    /// </summary>
    [Required, RegularExpression("^(system|udp:.+|doh:https?://.+)$", ErrorMessage = "use system, udp:ADDRESS:PORT or doh:URL")]
    public string Resolver { get; set; } = "system";

    /// <summary>
    /// Sites that should load from this vantage whatever is blocked (e.g. a big search engine), checked
    /// before each cycle: when all fail the vantage is offline and no block is reported; their speed is
    /// the baseline for throttling. Empty by default (no check).
    /// </summary>
    public List<string> BaselineUrls { get; set; } = [];

    /// <summary>ISO 3166 alpha-2 country the vantage sits in, e.g. KZ; "ZZ" when unknown.</summary>
    [Required, RegularExpression("^[A-Z]{2}$", ErrorMessage = "use an ISO 3166 alpha-2 code such as KZ")]
    public string Country { get; set; } = "ZZ";

    /// <summary>Network the vantage sits in, as "AS1234" or "AS0" when unknown.</summary>
    [Required, RegularExpression("^AS[0-9]{1,10}$", ErrorMessage = "use the form AS1234")]
    public string Network { get; set; } = "AS0";
}
