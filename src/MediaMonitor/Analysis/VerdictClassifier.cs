using System.Globalization;
using System.Net;
using MediaMonitor.Analysis.Fingerprints;
using MediaMonitor.Probing;
using MediaMonitor.Probing.Dns;

namespace MediaMonitor.Analysis;

/// <summary>
/// Turns (measurement, control, vantage health) into a verdict. Pure: no I/O, no clock.
/// Starts from OONI Web Connectivity's logic and departs from it where it is known to be weak:
/// a TLS handshake killed after the ClientHello is <c>tls</c> (OONI: http-failure), a foreign or
/// known-interception chain is <c>tls-interception</c>, slowness against the control and the
/// vantage's own baseline is <c>throttled</c>, and a CAPTCHA or geo-block page served by the site
/// itself over verified TLS is not censorship.
/// </summary>
public static class VerdictClassifier
{
    /// <summary>A handshake this slow, when the control and the baselines are fast, is throttling (azattyq.org: over 2 s).</summary>
    public const double ThrottledTlsMs = 2000;

    /// <summary>How many times slower than the control and the baseline counts as throttled.</summary>
    public const double ThrottleFactor = 4;

    /// <summary>Bodies smaller than this say nothing about throughput: slow start, not bandwidth, bounds them.</summary>
    public const long ThroughputMinBytes = 128 * 1024;

    /// <summary>A body read over fewer round trips than this is bound by distance, not by a throttle.</summary>
    public const double ThroughputMinRoundTrips = 20;

    /// <summary>Without a control, fingerprints count only on pages this small (blockpages are short).</summary>
    public const long SmallPageBytes = 32 * 1024;

    public static Verdict Classify(Measurement probe, Measurement? control, VantageHealth? health = null)
    {
        health ??= VantageHealth.Unchecked;
        if (!health.Online)
        {
            return new Verdict(VerdictStatus.Unknown, null, 0.9,
                [$"vantage offline: {health.BaselinesOk} of {health.BaselinesTotal} baseline sites reachable; no conclusion about the target"]);
        }

        // Evidence that needs no control: a known blockpage or a known interception authority.
        if (Blockpage(probe, control) is { } blockpage)
        {
            return blockpage;
        }

        if (KnownInterception(probe) is { } interception)
        {
            return interception;
        }

        if (control is null)
        {
            return new Verdict(VerdictStatus.Unknown, null, 0.5, ["no control measurement: cannot tell blocking from an outage"]);
        }

        if (control.Failure is not null)
        {
            return ControlFailed(probe, control);
        }

        var verdict = probe.Failure is not null ? ProbeFailed(probe, control, health) : BothAnswered(probe, control, health);

        // A failure at the network level looks the same from a dead uplink; without baseline sites to
        // show the vantage's network works, it is not reported as blocking.
        if (verdict.IsBlocked && health.BaselinesTotal == 0 && verdict.Method is BlockingMethod.Dns or BlockingMethod.TcpIp or BlockingMethod.Tls or BlockingMethod.HttpFailure)
        {
            return new Verdict(VerdictStatus.Unknown, null, 0.5,
                [.. verdict.Evidence, $"looks like {verdict.Method} blocking, but the vantage has no baseline sites (Monitor:Vantages:BaselineUrls) to rule out its own network failing"]);
        }

        return verdict;
    }

    private static Verdict ControlFailed(Measurement probe, Measurement control)
    {
        if (probe.Failure is null)
        {
            return new Verdict(VerdictStatus.Ok, null, 0.6,
                [$"reachable from the vantage (HTTP {probe.Http?.Status}); the control failed ({control.Failure} in {control.FailedPhase})"]);
        }

        if (probe.FailedPhase == control.FailedPhase)
        {
            var same = probe.Failure == control.Failure ? "the same way" : $"in the same step ({control.Failure})";
            return new Verdict(VerdictStatus.Down, null, probe.Failure == control.Failure ? 0.9 : 0.75,
                [$"{probe.Failure} in {probe.FailedPhase} from the vantage; the control fails {same}: the site is down for everyone"]);
        }

        return new Verdict(VerdictStatus.Unknown, null, 0.4,
            [$"the vantage failed with {probe.Failure} in {probe.FailedPhase}, the control with {control.Failure} in {control.FailedPhase}: no usable control"]);
    }

    private static Verdict ProbeFailed(Measurement probe, Measurement control, VantageHealth health)
    {
        var dns = DnsConsistency(probe, control);
        var failure = $"{probe.Failure} in {probe.FailedPhase}";
        switch (probe.FailedPhase)
        {
            case "dns" when probe.Failure is not (Failures.DnsNxdomain or Failures.DnsNoAnswer or DnsFailures.Refused):
                return new Verdict(VerdictStatus.Unknown, null, 0.4,
                    [$"DNS from the vantage: {failure}: a resolver that times out or fails is as often broken as censoring", $"the control resolved {probe.Dns?.Host ?? HostOf(probe)} to {Join(control.Dns?.Answers)}"]);

            case "dns":
                return new Verdict(VerdictStatus.Blocked, BlockingMethod.Dns, 0.85,
                    [$"DNS from the vantage: {failure}", $"the control resolved {probe.Dns?.Host ?? HostOf(probe)} to {Join(control.Dns?.Answers)} and loaded the page (HTTP {control.Http?.Status})"]);

            case "tcp" when probe.Failure is Failures.ProxyRefused or Failures.PrivateAddressRefused:
                return new Verdict(VerdictStatus.Unknown, null, 0.5,
                    [$"the vantage's own policy stopped the connection ({failure}): says nothing about the network"]);

            case "tcp" when dns.Consistent == false:
                return DnsBlock(dns, $"TCP to the answers fails ({failure})");

            case "tcp" when dns.Consistent is null && probe.Dns is { Answers.Count: > 0 } && control.Dns is { Answers.Count: > 0 }:
                return new Verdict(VerdictStatus.Unknown, null, 0.4,
                    [$"TCP from the vantage: {failure}", dns.Evidence, "the vantage was sent to other addresses than the control (a CDN's regional edge?), so the control says nothing about them"]);

            case "tcp":
                return new Verdict(VerdictStatus.Blocked, BlockingMethod.TcpIp, 0.8,
                    [$"TCP connect from the vantage: {failure} to {string.Join(", ", probe.Tcp.Select(t => $"{t.Address}:{t.Port} {t.Failure ?? "ok"}"))}",
                     $"the control connects to {Join(control.Tcp.Where(t => t.Failure is null).Select(t => t.Address))} and loads the page", dns.Evidence]);

            case "tls" when dns.Consistent == false:
                return DnsBlock(dns, $"TLS fails ({failure})");

            case "tls" when IsCertificateFailure(probe.Failure) && control.Tls?.Failure is null && SameLeaf(probe, control):
                return new Verdict(VerdictStatus.Unknown, null, 0.5,
                    [$"the vantage rejected the very certificate the control accepts ({probe.Failure}): a problem of the vantage (clock, CA bundle), not of the network"]);

            case "tls" when IsCertificateFailure(probe.Failure) && control.Tls?.Failure is null:
                return Interception(probe, control, 0.9, $"the vantage was shown a certificate the system does not trust ({probe.Failure}), not the one the control sees");

            case "tls":
                return new Verdict(VerdictStatus.Blocked, BlockingMethod.Tls, 0.85,
                    [$"TLS handshake with SNI {probe.Tls?.ServerName} from the vantage: {probe.Failure} after {Ms(probe.Tls?.Ms)} (TCP connected)",
                     $"the control's handshake to the same name succeeds ({control.Tls?.Version}, {Ms(control.Tls?.Ms)})", dns.Evidence]);

            default:
                if (dns.Consistent == false)
                {
                    return DnsBlock(dns, $"the request fails ({failure})");
                }

                if (probe.Http?.Status is not null || probe.Failure is Failures.RedirectLoop or Failures.TooManyRedirects or Failures.UnsupportedRedirect or Failures.HeadersTooLarge or Failures.InvalidResponse)
                {
                    return new Verdict(VerdictStatus.Unknown, null, 0.4,
                        [$"HTTP from the vantage: {failure}, after the server answered: the site's own behaviour or a slow link, not a block", $"the control gets HTTP {control.Http?.Status}"]);
                }

                return new Verdict(VerdictStatus.Blocked, BlockingMethod.HttpFailure, 0.7,
                    [$"HTTP from the vantage: {failure} after the connection was made", $"the control gets HTTP {control.Http?.Status}", dns.Evidence]);
        }
    }

    private static Verdict BothAnswered(Measurement probe, Measurement control, VantageHealth health)
    {
        var dns = DnsConsistency(probe, control);
        var http = HttpComparison.Compare(probe.Http!, control.Http!);

        // A page that matches the control's is no block page of any kind; only the rest is searched.
        var serverBlock = http.Accessible && probe.Http!.Status is >= 200 and < 300 ? null : ServerSideBlocks.Detect(probe.Http!);
        var overVerifiedTls = probe.Tls is { Failure: null } && FinalScheme(probe) == "https";
        if (serverBlock is not null && ServerSideBlocks.Detect(control.Http!) is null)
        {
            return overVerifiedTls
                ? new Verdict(VerdictStatus.Ok, null, 0.8,
                    [$"the site itself answered with a {serverBlock} page (HTTP {probe.Http!.Status}) over TLS verified for {probe.Tls!.ServerName}: a server-side block, not censorship"]) { ServerSideBlock = serverBlock }
                : new Verdict(VerdictStatus.Unknown, null, 0.5,
                    [$"a {serverBlock} page (HTTP {probe.Http!.Status}) over plain HTTP: looks server-side, but an injected page cannot be ruled out without TLS"]) { ServerSideBlock = serverBlock };
        }

        if (control.Http!.Status is not (>= 200 and < 300) && probe.Http!.Status is >= 200 and < 300)
        {
            return new Verdict(VerdictStatus.Ok, null, 0.6,
                [$"the vantage loads the page (HTTP {probe.Http.Status}, title '{probe.Http.Title}'); the control got HTTP {control.Http.Status}, so the comparison says nothing more"]);
        }

        if (overVerifiedTls && !http.Accessible)
        {
            // Nobody on the path can change what comes through TLS verified for the site's own name:
            // a different answer is the site's decision (geo-fencing, bot protection, a legal notice it serves itself).
            return new Verdict(VerdictStatus.Unknown, null, 0.5,
                [$"the site answered the vantage differently (HTTP {probe.Http!.Status}, title '{probe.Http.Title}') over TLS verified for {probe.Tls!.ServerName}: a decision of the site, not an on-path block ({http.Describe()})"]);
        }

        if (probe.Http!.Status == 451 && control.Http!.Status != 451)
        {
            return new Verdict(VerdictStatus.Blocked, BlockingMethod.Blockpage, 0.85,
                [$"HTTP 451 Unavailable For Legal Reasons from the vantage (title '{probe.Http.Title}'); the control gets HTTP {control.Http.Status}"]);
        }

        if (!http.Accessible)
        {
            return dns.Consistent == false
                ? DnsBlock(dns, $"the page differs from the control's ({http.Describe()})")
                : new Verdict(VerdictStatus.Blocked, BlockingMethod.HttpDiff, 0.6,
                    [$"the page from the vantage differs from the control's: {http.Describe()}",
                     $"vantage: HTTP {probe.Http.Status}, {probe.Http.BodyLength} bytes, title '{probe.Http.Title}', final URL {FinalUrl(probe)}",
                     $"control: HTTP {control.Http!.Status}, {control.Http.BodyLength} bytes, title '{control.Http.Title}', final URL {FinalUrl(control)}"]);
        }

        if (Throttled(probe, control, health) is { } throttled)
        {
            return throttled;
        }

        var evidence = new List<string> { $"the page from the vantage matches the control's: {http.Describe()}" };
        if (dns.Consistent == false)
        {
            evidence.Add(dns.Evidence + " (the page still matches: likely a CDN)");
        }

        return new Verdict(VerdictStatus.Ok, null, dns.Consistent == false ? 0.7 : 0.9, evidence);
    }

    private static Verdict? Throttled(Measurement probe, Measurement control, VantageHealth health)
    {
        var reasons = new List<string>();
        if (probe.Tls is { Failure: null, Ms: var tlsMs } && control.Tls is { Failure: null, Ms: var controlTls }
            && tlsMs >= ThrottledTlsMs && tlsMs > ThrottleFactor * controlTls
            && health.TlsMsMedian is { } baselineTls && tlsMs > ThrottleFactor * baselineTls)
        {
            reasons.Add($"TLS handshake {Ms(tlsMs)} from the vantage, against {Ms(controlTls)} from the control and a baseline median of {Ms(baselineTls)}");
        }

        if (Throughput(probe, manyRoundTrips: true) is { } rate && Throughput(control) is { } controlRate && health.BytesPerSecondMedian is { } baselineRate
            && rate * ThrottleFactor < controlRate && rate * ThrottleFactor < baselineRate)
        {
            reasons.Add($"body read at {Rate(rate)} from the vantage, against {Rate(controlRate)} from the control and a baseline median of {Rate(baselineRate)}");
        }

        return reasons.Count == 0 ? null : new Verdict(VerdictStatus.Blocked, BlockingMethod.Throttled, reasons.Count == 2 ? 0.85 : 0.7, reasons);
    }

    /// <summary>
    /// Bytes per second of the body read, when the body is large enough to say. For the measurement
    /// under suspicion (<paramref name="manyRoundTrips"/>) the read must also have lasted many round
    /// trips, so that distance is not taken for a throttle; a fast read is a fair yardstick either way.
    /// </summary>
    public static double? Throughput(Measurement m, bool manyRoundTrips = false) =>
        m.Http is { BodyLength: >= ThroughputMinBytes, BodyMs: > 0 } http
        && (!manyRoundTrips || http.BodyMs!.Value >= ThroughputMinRoundTrips * RoundTripMs(m))
            ? http.BodyLength / (http.BodyMs!.Value / 1000)
            : null;

    /// <summary>
    /// The round trip, estimated as the shorter of the TCP connect and the wait for the first byte:
    /// either can be inflated by a queue the throttle builds, rarely both.
    /// </summary>
    private static double RoundTripMs(Measurement m) =>
        new[] { m.Timings.ConnectMs, m.Timings.FirstByteMs }.Where(v => v is > 0).Select(v => v!.Value).DefaultIfEmpty(0).Min();

    private static Verdict? Blockpage(Measurement probe, Measurement? control)
    {
        var fingerprints = BlockpageFingerprints.Default;
        if (probe.Dns is { Answers.Count: > 0 } dns)
        {
            // An address the control was given too is the site's own, whatever list it is on. Without a
            // control, loopback and private addresses are left to the DNS comparison: they also answer
            // for test and internal names, and a false "blocked" costs more than a missed one.
            var controlAnswers = control?.Dns?.Answers ?? [];
            var dnsMatches = BlockpageFingerprints.Confirmed(fingerprints.MatchDns(dns.Answers))
                .Where(m => !controlAnswers.Contains(m.Pattern, StringComparer.OrdinalIgnoreCase))
                .Where(m => control is not null || !(IPAddress.TryParse(m.Pattern, out var ip) && Bogons.IsBogon(ip)))
                .ToList();
            if (dnsMatches.Count > 0)
            {
                return new Verdict(VerdictStatus.Blocked, BlockingMethod.Blockpage, control is null ? 0.85 : 0.95,
                    [$"DNS answer {Join(dns.Answers)} is a known blockpage address ({Describe(dnsMatches)})"]);
            }
        }

        // Fingerprints are for pages a censor could have put there: not what came over TLS verified for
        // the site's name, not the bytes the control got too, and not a page that matches the control's.
        // Without a control, only nation- and ISP-wide patterns on small pages count.
        var overVerifiedTls = probe.Tls is { Failure: null } && FinalScheme(probe) == "https";
        if (probe.Http is { Status: not null } http && !overVerifiedTls
            && (control is not null || http.BodyLength <= SmallPageBytes)
            && !(control?.Http?.BodySha256 is { } controlSha && controlSha == http.BodySha256)
            && !(control?.Http is { Status: not null } controlHttp && HttpComparison.Compare(http, controlHttp) is { BodyLengthMatch: true } or { TitleMatch: true }))
        {
            var headers = new Dictionary<string, string>(http.Headers, StringComparer.OrdinalIgnoreCase);
            var matches = BlockpageFingerprints.Confirmed(fingerprints.MatchHttp(http.Status, headers, http.BodyText ?? ""))
                .Where(m => control is not null || m.Scope is "nat" or "isp")
                .ToList();
            var redirectMatches = http.Redirects
                .SelectMany(r => BlockpageFingerprints.Confirmed(fingerprints.MatchHttp(r.Status, new Dictionary<string, string> { ["location"] = r.Location }, "")))
                .ToList();
            var all = matches.Concat(redirectMatches).ToList();
            if (all.Count > 0)
            {
                return new Verdict(VerdictStatus.Blocked, BlockingMethod.Blockpage, 0.95,
                    [$"the response from the vantage matches known blockpage fingerprints: {Describe(all)}", $"HTTP {http.Status}, title '{http.Title}', final URL {FinalUrl(probe)}"]);
            }
        }

        return null;
    }

    private static Verdict? KnownInterception(Measurement probe)
    {
        foreach (var certificate in probe.Tls?.Chain ?? [])
        {
            if (InterceptionAuthorities.Match(certificate.Issuer) is { } name)
            {
                return new Verdict(VerdictStatus.Blocked, BlockingMethod.TlsInterception, 0.95,
                    [$"certificate '{certificate.Subject}' (SHA-256 {certificate.Sha256}) is issued by '{certificate.Issuer}', a known interception authority ({name})"]);
            }
        }

        return null;
    }

    private static bool SameLeaf(Measurement probe, Measurement control) =>
        probe.Tls is { Chain.Count: > 0 } tls && control.Tls is { Chain.Count: > 0 } controlTls && tls.Chain[0].Sha256 == controlTls.Chain[0].Sha256;

    private static Verdict Interception(Measurement probe, Measurement control, double confidence, string reason)
    {
        var leaf = probe.Tls is { Chain.Count: > 0 } t ? t.Chain[0] : null;
        var controlLeaf = control.Tls is { Chain.Count: > 0 } c ? c.Chain[0] : null;
        return new Verdict(VerdictStatus.Blocked, BlockingMethod.TlsInterception, confidence,
            [reason,
             leaf is null ? "the vantage's chain was not recorded" : $"vantage chain: {string.Join(" <- ", probe.Tls!.Chain.Select(c => $"{c.Subject} [{Short(c.Sha256)}]"))}",
             controlLeaf is null ? "the control's chain was not recorded" : $"control chain: {string.Join(" <- ", control.Tls!.Chain.Select(c => $"{c.Subject} [{Short(c.Sha256)}]"))}"]);
    }

    private static Verdict DnsBlock((bool? Consistent, string Evidence) dns, string then) =>
        new(VerdictStatus.Blocked, BlockingMethod.Dns, 0.8, [dns.Evidence, $"then {then}"]);

    /// <summary>OONI's DNS consistency: shared addresses; a bogon answer the control lacks is inconsistent.</summary>
    internal static (bool? Consistent, string Evidence) DnsConsistency(Measurement probe, Measurement control)
    {
        var answers = probe.Dns?.Answers ?? [];
        var controlAnswers = control.Dns?.Answers ?? [];
        if (answers.Count == 0 || controlAnswers.Count == 0)
        {
            return (null, "DNS not compared (an IP address, a proxy, or no answers)");
        }

        if (answers.Intersect(controlAnswers, StringComparer.OrdinalIgnoreCase).Any())
        {
            return (true, $"DNS consistent: the vantage's answers {Join(answers)} share addresses with the control's");
        }

        var bogons = answers.Where(a => IPAddress.TryParse(a, out var ip) && Bogons.IsBogon(ip)).ToList();
        if (bogons.Count > 0)
        {
            return (false, $"DNS inconsistent: the vantage got {Join(answers)}, including the bogon address(es) {Join(bogons)}; the control got {Join(controlAnswers)}");
        }

        if (probe.Tls is { Failure: null })
        {
            return (true, $"DNS answers differ ({Join(answers)} against {Join(controlAnswers)}) but a verified TLS handshake for {probe.Tls.ServerName} succeeded: consistent");
        }

        // OONI would compare the answers' networks (ASN) here; without that, different addresses prove nothing.
        return (null, $"DNS answers differ: the vantage got {Join(answers)}, the control {Join(controlAnswers)}, no address shared (not compared further)");
    }

    private static string Short(string sha) => sha.Length > 16 ? sha[..16] : sha;

    private static bool IsCertificateFailure(string? failure) =>
        failure is Failures.SslUnknownAuthority or Failures.SslInvalidHostname or Failures.SslInvalidCertificate;

    private static string FinalUrl(Measurement m) =>
        m.Http?.Redirects.Count > 0 && Uri.TryCreate(new Uri(m.Http.Redirects[^1].Url), m.Http.Redirects[^1].Location, out var final) ? final.AbsoluteUri : m.Url;

    private static string FinalScheme(Measurement m) => new Uri(FinalUrl(m)).Scheme;

    private static string HostOf(Measurement m) => new Uri(m.Url).IdnHost;

    private static string Join(IEnumerable<string>? items) => items is null ? "(none)" : string.Join(", ", items) is { Length: > 0 } s ? s : "(none)";

    private static string Describe(IEnumerable<FingerprintMatch> matches) =>
        string.Join("; ", matches.Take(3).Select(m => $"{m.Source} {m.Id} ({m.Scope}, {m.Location})"));

    private static string Ms(double? ms) => ms is { } v ? v.ToString("F0", CultureInfo.InvariantCulture) + " ms" : "?";

    private static string Rate(double bytesPerSecond) => (bytesPerSecond / 1024).ToString("F1", CultureInfo.InvariantCulture) + " KiB/s";
}
