using System.Net;

namespace MediaMonitor.LabServer;

/// <summary>
/// The censorship lab's network: an "internet" namespace with the web servers, an honest resolver
/// and the control helper, and an "ISP" namespace, joined by one veth link, where the probe runs
/// behind a censoring resolver and packet filter. Each scenario has its own name and address.
/// Every address here exists only inside namespaces the lab creates.
/// </summary>
public static class LabTopology
{
    public const string Domain = "lab.test";
    public const string Subnet = "10.231.0";
    public const int PrefixLength = 24;

    public static readonly IPAddress Probe = IPAddress.Parse($"{Subnet}.1");
    public static readonly IPAddress Internet = IPAddress.Parse($"{Subnet}.2");
    public static readonly IPAddress BlockpageServer = IPAddress.Parse($"{Subnet}.3");
    public static readonly IPAddress Interceptor = IPAddress.Parse($"{Subnet}.4");
    public static readonly IPAddress KnownInterceptor = IPAddress.Parse($"{Subnet}.5");

    public const int ControlHelperPort = 9080;
    public const int BlockpageRedirectPort = 8080;
    public const int Status451Port = 8451;
    public const int ClosedPort = 8099;

    /// <summary>The text of the lab's blockpage: OONI fingerprint ooni.ru_0 (a Russian national blockpage).</summary>
    public const string BlockpageText = "Доступ к сайту ограничен в соответствии с Федеральными законами";

    /// <summary>Sites by name: (name, last octet of the site's address in the internet namespace).</summary>
    public static readonly IReadOnlyList<(string Name, int Octet)> Sites =
    [
        ("news", 10), ("baseline", 11), ("nx", 12), ("bogon", 13), ("hijack", 14), ("rst", 15), ("drop", 16),
        ("tlsdrop", 17), ("tlsrst", 18), ("intercept", 19), ("isca", 20), ("blockpage", 21), ("redirect", 22),
        ("legal", 23), ("throttled", 24), ("down", 25), ("expired", 26), ("captcha", 27), ("legit", 28), ("changing", 29), ("geofence", 30),
    ];

    public static string Host(string site) => $"{site}.{Domain}";

    public static IPAddress AddressOf(string site) => IPAddress.Parse($"{Subnet}.{Sites.Single(s => s.Name == site).Octet}");

    public static string? SiteAt(IPAddress local) =>
        Sites.FirstOrDefault(s => IPAddress.Parse($"{Subnet}.{s.Octet}").Equals(local)).Name;
}
