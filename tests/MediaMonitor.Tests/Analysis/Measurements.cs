using MediaMonitor.Probing;

namespace MediaMonitor.Tests.Analysis;

/// <summary>Hand-built measurements for the classifier's tests: a page that loaded, and ways to break it.</summary>
internal static class Measurements
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    public static CertificateInfo Certificate(string subject, string issuer, string sha) =>
        new(subject, issuer, At.AddDays(-10), At.AddDays(80), sha.PadRight(64, '0'));

    public static Measurement Page(
        string url = "https://vlast.kz/",
        string[]? answers = null,
        int status = 200,
        string title = "Vlast.kz — независимое издание",
        long length = 80_000,
        string sha = "aa",
        string body = "<html><head><title>Vlast.kz</title></head><body>Новости</body></html>",
        string issuer = "CN=R11, O=Let's Encrypt, C=US",
        string leafSha = "11",
        double tlsMs = 90,
        double bodyMs = 200,
        Dictionary<string, string>? headers = null)
    {
        var https = url.StartsWith("https", StringComparison.Ordinal);
        return new Measurement
        {
            Id = Guid.CreateVersion7(At),
            Url = url,
            Vantage = "kz",
            StartedAt = At,
            Dns = new DnsResult("system", new Uri(url).IdnHost, answers ?? ["185.22.66.10"], null, 20),
            Tcp = [new TcpConnectResult((answers ?? ["185.22.66.10"])[0], https ? 443 : 80, null, 30)],
            Tls = https ? new TlsResult(new Uri(url).IdnHost, "TLSv1.3", "TLS_AES_128_GCM_SHA256", [Certificate("CN=" + new Uri(url).IdnHost, issuer, leafSha)], null, tlsMs) : null,
            Http = new HttpResult
            {
                Status = status,
                Title = title,
                BodyLength = length,
                BodySha256 = sha.PadRight(64, '0'),
                BodyMs = bodyMs,
                BodyText = body,
                Headers = headers ?? new Dictionary<string, string> { ["server"] = "nginx", ["x-vlast-cache"] = "HIT" },
                Ms = 300,
            },
            Timings = new Timings(20, 30, https ? tlsMs : null, 100, 300),
        };
    }

    public static Measurement Failed(Measurement m, string phase, string failure) => phase switch
    {
        "dns" => m with { Dns = m.Dns! with { Answers = [], Failure = failure }, Tcp = [], Tls = null, Http = new HttpResult(), Failure = failure, FailedPhase = "dns" },
        "tcp" => m with { Tcp = [m.Tcp[0] with { Failure = failure }], Tls = null, Http = new HttpResult(), Failure = failure, FailedPhase = "tcp" },
        "tls" => m with { Tls = m.Tls! with { Version = null, Failure = failure, Ms = 5000 }, Http = new HttpResult(), Failure = failure, FailedPhase = "tls" },
        _ => m with { Http = new HttpResult { Failure = failure }, Failure = failure, FailedPhase = "http" },
    };
}
