using MediaMonitor.LabServer;

namespace MediaMonitor.Tests.Lab;

/// <summary>Each lab scenario: the URL the probe checks and the verdict it must reach.</summary>
internal static class LabScenarios
{
    public sealed record Scenario(string Name, string Url, string Status, string? Method, string? ServerSideBlock = null);

    private static string Http(string site, string path = "/") => $"http://{LabTopology.Host(site)}{path}";

    private static string Https(string site) => $"https://{LabTopology.Host(site)}/";

    public static readonly IReadOnlyList<Scenario> All =
    [
        new("unfiltered site", Http("news"), "ok", null),
        new("NXDOMAIN injected by the ISP resolver", Http("nx"), "blocked", "dns"),
        new("loopback (bogon) answer from the ISP resolver", Http("bogon"), "blocked", "dns"),
        new("DNS hijack to a blockpage server", Http("hijack"), "blocked", "blockpage"),
        new("TCP reset", Http("rst"), "blocked", "tcp_ip"),
        new("TCP silently dropped", Http("drop"), "blocked", "tcp_ip"),
        new("TLS ClientHello dropped by SNI", Https("tlsdrop"), "blocked", "tls"),
        new("TLS ClientHello reset by SNI", Https("tlsrst"), "blocked", "tls"),
        new("TLS interception by an unknown CA", Https("intercept"), "blocked", "tls-interception"),
        new("TLS interception by a CA named like Kazakhstan's", Https("isca"), "blocked", "tls-interception"),
        new("HTTP blockpage served in place of the page", Http("blockpage"), "blocked", "blockpage"),
        new("redirect to a blockpage", Http("redirect"), "blocked", "blockpage"),
        new("HTTP 451 from the ISP", Http("legal"), "blocked", "blockpage"),
        new("throttled to 512 kbit/s", Https("throttled"), "blocked", "throttled"),
        new("look-alike: site down for everyone", $"http://{LabTopology.Host("down")}:{LabTopology.ClosedPort}/", "down", null),
        new("look-alike: NXDOMAIN for everyone", Http("gone"), "down", null),
        new("look-alike: expired certificate for everyone", Https("expired"), "down", null),
        new("look-alike: CAPTCHA over HTTPS", Https("captcha"), "ok", null, "captcha"),
        new("look-alike: legitimate redirect to HTTPS", Http("legit"), "ok", null),
        new("look-alike: page changed a little between probe and control", Http("changing"), "ok", null),
        new("look-alike: the site refuses the control's country, not the vantage's", Https("geofence"), "ok", null),
    ];

    public static TheoryData<string> Names => new(All.Select(s => s.Name));
}
