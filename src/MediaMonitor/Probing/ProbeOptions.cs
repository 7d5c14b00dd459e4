using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Probing;

/// <summary>How a check is made.</summary>
public sealed class ProbeOptions
{
    public const string SectionName = "Probing";

    /// <summary>Longest a whole check may take, redirects and body included, in seconds. Default 30.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Longest a TCP connect to one address may take, in seconds. Default 10.</summary>
    [Range(1, 120)]
    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>Body bytes read at most (after decompression); the rest is not read. Default 2 MiB.</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Redirects followed at most. Default 10.</summary>
    [Range(0, 30)]
    public int MaxRedirects { get; set; } = 10;

    /// <summary>Addresses of one name connected to at once (the first that connects carries the request). Default 3.</summary>
    [Range(1, 16)]
    public int MaxAddressesPerHost { get; set; } = 3;

    /// <summary>Checks running at once, in total. Default 64.</summary>
    [Range(1, 4096)]
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>Requests running at once to one host name. Default 2: we are guests on these servers.</summary>
    [Range(1, 64)]
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>Largest response header block accepted, in KiB. Default 64.</summary>
    [Range(8, 1024)]
    public int MaxResponseHeadersKiB { get; set; } = 64;

    /// <summary>
    /// Fixed DNS answers by host name, like curl's --resolve: name to addresses; an empty list
    /// answers NXDOMAIN. Empty by default. For pinning and for tests; other names use the system resolver.
    /// </summary>
    public Dictionary<string, string[]> Resolve { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// PEM files of certificate authorities to trust besides the system's (an organisation's own CA,
    /// or a test CA). Paths relative to the working folder. Empty by default.
    /// </summary>
    public List<string> TrustedCaFiles { get; set; } = [];

    /// <summary>
    /// Whether names may lead to loopback, private or other non-public addresses. Default true for
    /// a probe; the control helper turns it off unless started with --allow-private, so that it
    /// cannot be used to reach the machines around it.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; } = true;

    /// <summary>User-Agent sent with every request. Names the project so site owners can ask about it.</summary>
    [Required]
    public string UserAgent { get; set; } = "MediaMonitor/0.1 (+https://github.com/mediamonitor; media-freedom monitoring)";
}
