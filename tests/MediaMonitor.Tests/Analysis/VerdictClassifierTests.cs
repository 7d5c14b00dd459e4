using MediaMonitor.Analysis;
using MediaMonitor.LabServer;
using MediaMonitor.Probing;
using static MediaMonitor.Tests.Analysis.Measurements;

namespace MediaMonitor.Tests.Analysis;

/// <summary>Pins the classifier's decisions, including the cases where the right answer is "unknown".</summary>
public sealed class VerdictClassifierTests
{
    private static readonly VantageHealth Healthy = new(true, 2, 2, 110, 2_000_000);

    [Fact]
    public void Classify_SamePageAsControl_IsOk()
    {
        var v = VerdictClassifier.Classify(Page(), Page(sha: "bb", length: 81_000), Healthy);

        Assert.Equal((VerdictStatus.Ok, (string?)null), (v.Status, v.Method));
        Assert.True(v.Confidence >= 0.8);
    }

    [Fact]
    public void Classify_PageChangedALittle_IsOk()
    {
        var v = VerdictClassifier.Classify(Page(length: 60_000, sha: "cc"), Page(length: 80_000), Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_NoControl_IsUnknown()
    {
        var v = VerdictClassifier.Classify(Failed(Page(), "tls", Failures.Timeout), null, Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
        Assert.Contains("no control", v.Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_VantageOffline_IsUnknownWhateverTheTargetDid()
    {
        var offline = new VantageHealth(false, 0, 2, null, null);

        var v = VerdictClassifier.Classify(Failed(Page(), "tls", Failures.Timeout), Page(), offline);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
        Assert.Contains("vantage offline", v.Evidence[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dns", Failures.DnsNxdomain)]
    [InlineData("tcp", Failures.ConnectionRefused)]
    [InlineData("tls", Failures.SslInvalidCertificate)]
    [InlineData("http", Failures.Timeout)]
    public void Classify_ControlFailsTheSameWay_IsDown(string phase, string failure)
    {
        var v = VerdictClassifier.Classify(Failed(Page(), phase, failure), Failed(Page(), phase, failure), Healthy);

        Assert.Equal(VerdictStatus.Down, v.Status);
        Assert.Null(v.Method);
    }

    [Fact]
    public void Classify_ControlFailsButVantageLoads_IsOk()
    {
        var v = VerdictClassifier.Classify(Page(), Failed(Page(), "tcp", Failures.Timeout), Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_ControlFailsDifferently_IsUnknown()
    {
        var v = VerdictClassifier.Classify(Failed(Page(), "tls", Failures.ConnectionReset), Failed(Page(), "dns", Failures.DnsNxdomain), Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
    }

    [Fact]
    public void Classify_NxdomainAtTheVantageOnly_IsDnsBlocking()
    {
        var v = VerdictClassifier.Classify(Failed(Page(), "dns", Failures.DnsNxdomain), Page(), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Dns), (v.Status, v.Method));
    }

    [Fact]
    public void Classify_BogonAnswerAtTheVantage_IsDnsBlocking()
    {
        var probe = Failed(Page(answers: ["127.0.0.2"]), "tcp", Failures.ConnectionRefused);

        var v = VerdictClassifier.Classify(probe, Page(), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Dns), (v.Status, v.Method));
        Assert.Contains("bogon", v.Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_OtherAddressesButVerifiedTlsAndSamePage_IsOk()
    {
        var v = VerdictClassifier.Classify(Page(answers: ["104.21.3.4"]), Page(answers: ["185.22.66.10"]), Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Theory]
    [InlineData(Failures.Timeout)]
    [InlineData(Failures.ConnectionRefused)]
    public void Classify_TcpFailsAtTheVantageOnly_IsTcpIpBlocking(string failure)
    {
        var v = VerdictClassifier.Classify(Failed(Page(), "tcp", failure), Page(), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.TcpIp), (v.Status, v.Method));
    }

    [Theory]
    [InlineData(Failures.Timeout)]
    [InlineData(Failures.ConnectionReset)]
    [InlineData(Failures.Eof)]
    public void Classify_HandshakeKilledAfterClientHello_IsTlsBlockingNotHttpFailure(string failure)
    {
        var v = VerdictClassifier.Classify(Failed(Page(), "tls", failure), Page(), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Tls), (v.Status, v.Method));
        Assert.Contains("vlast.kz", v.Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_UntrustedChainWhereControlIsFine_IsTlsInterception()
    {
        var probe = Page(issuer: "CN=Lab ISP Security Gateway CA", leafSha: "66") with { };
        probe = Failed(probe, "tls", Failures.SslUnknownAuthority) with { Tls = probe.Tls! with { Failure = Failures.SslUnknownAuthority } };

        var v = VerdictClassifier.Classify(probe, Page(), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.TlsInterception), (v.Status, v.Method));
        Assert.Contains(v.Evidence, e => e.Contains("Lab ISP Security Gateway CA", StringComparison.Ordinal) || e.Contains("vantage chain", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_ChainFromKazakhstansInterceptionAuthority_IsInterceptionEvenWithoutControl()
    {
        var probe = Page(issuer: "CN=Information Security Certification Authority, O=ISCA, C=KZ");

        var v = VerdictClassifier.Classify(probe, null, Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.TlsInterception), (v.Status, v.Method));
        Assert.Contains("Kazakhstan ISCA", v.Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_ValidChainFromAnotherIssuerThanTheControls_IsNotInterception()
    {
        // Let's Encrypt issues from several intermediates; edges renew separately.
        var v = VerdictClassifier.Classify(Page(issuer: "CN=R10, O=Let's Encrypt, C=US", leafSha: "77"), Page(), Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_VantageRejectsTheSameLeafTheControlAccepts_IsUnknownNotInterception()
    {
        var probe = Failed(Page(), "tls", Failures.SslInvalidCertificate);

        var v = VerdictClassifier.Classify(probe with { Tls = Page().Tls! with { Failure = Failures.SslInvalidCertificate } }, Page(), Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
    }

    [Fact]
    public void Classify_ControlGetsAnErrorWhileTheVantageLoads_IsOk()
    {
        var v = VerdictClassifier.Classify(Page(), Page(status: 403, title: "Forbidden", length: 500, sha: "03"), Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_DifferentPageOverVerifiedTls_IsTheSitesDecisionNotABlock()
    {
        var v = VerdictClassifier.Classify(Page(status: 403, title: "Access denied", length: 700, sha: "dd"), Page(), Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
        Assert.Contains("verified", v.Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_HeadlineThatReadsLikeABlockpage_IsNotABlockpage()
    {
        var article = Page(url: "http://vlast.kz/", title: "Страница заблокирована: суд против редакции", length: 90_000, sha: "a1",
            body: "<h1>Страница заблокирована</h1><p>Суд обязал заблокировать страницу издания...</p>");

        var withControl = VerdictClassifier.Classify(article, Page(url: "http://vlast.kz/", title: "Страница заблокирована: суд против редакции", length: 88_000), Healthy);
        var withoutControl = VerdictClassifier.Classify(article, null, Healthy);

        Assert.NotEqual(VerdictStatus.Blocked, withControl.Status);
        Assert.NotEqual(VerdictStatus.Blocked, withoutControl.Status);
    }

    [Theory]
    [InlineData(Failures.RedirectLoop)]
    [InlineData(Failures.TooManyRedirects)]
    public void Classify_SitesOwnRedirectTrouble_IsNotHttpFailureBlocking(string failure)
    {
        var v = VerdictClassifier.Classify(Failed(Page(), "http", failure), Page(), Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
    }

    [Fact]
    public void Classify_ProxyRefusingTheTunnel_IsUnknownNotTcpBlocking()
    {
        var probe = Failed(Page(), "tcp", Failures.ProxyRefused) with { Dns = new DnsResult("proxy", "vlast.kz", [], null, 0) };

        var v = VerdictClassifier.Classify(probe, Page(), Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
    }

    [Fact]
    public void Classify_DnsTimeoutAtTheVantage_IsUnknown()
    {
        var v = VerdictClassifier.Classify(Failed(Page(), "dns", Failures.Timeout), Page(), Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
    }

    [Fact]
    public void Classify_NetworkLevelBlockWithoutBaselineSites_IsUnknown()
    {
        var v = VerdictClassifier.Classify(Failed(Page(), "tls", Failures.Timeout), Page(), VantageHealth.Unchecked);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
        Assert.Contains("baseline", v.Evidence[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_TcpTimeoutToOtherAddressesThanTheControls_IsUnknown()
    {
        var probe = Failed(Page(url: "http://vlast.kz/", answers: ["104.21.3.4"]), "tcp", Failures.Timeout);

        var v = VerdictClassifier.Classify(probe, Page(url: "http://vlast.kz/"), Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
    }

    [Fact]
    public void Classify_DistantServerReadSlowlyInFewRoundTrips_IsNotThrottled()
    {
        // 160 KB in 1.6 s over a 250 ms round trip (connect and first byte agree): slow start, not a throttle.
        var far = Page(length: 160_000, bodyMs: 1_600) with { Timings = new Timings(20, 250, 500, 300, 2_500) };

        var v = VerdictClassifier.Classify(far, Page(length: 160_000, bodyMs: 100), Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_RotatedLeafFromTheSameIssuer_IsOk()
    {
        var v = VerdictClassifier.Classify(Page(leafSha: "88"), Page(leafSha: "99"), Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_KnownBlockpageText_IsBlockpageEvenWithoutControl()
    {
        var probe = Page(url: "http://vlast.kz/", status: 200, title: "Доступ ограничен", length: 900, sha: "bp",
            body: $"<html><body><h1>{LabTopology.BlockpageText}</h1></body></html>");

        var v = VerdictClassifier.Classify(probe, null, Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Blockpage), (v.Status, v.Method));
        Assert.Contains("ooni.ru_0", v.Evidence[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_BlockpageTextTheControlGetsToo_IsTheSitesOwnPage()
    {
        var page = Page(url: "http://vlast.kz/", length: 900, sha: "same", body: $"<p>{LabTopology.BlockpageText}</p>");

        var v = VerdictClassifier.Classify(page, page, Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_LoopbackAnswerOnABlockpageListWithoutControl_IsNotCalledBlocked()
    {
        var v = VerdictClassifier.Classify(Page(url: "http://vlast.kz/", answers: ["127.0.0.1"]), null, Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
    }

    [Fact]
    public void Classify_DifferentSmallPageOverPlainHttp_IsHttpDiff()
    {
        var probe = Page(url: "http://vlast.kz/", title: "Service notice", length: 1_200, sha: "dd", headers: new() { ["server"] = "squid" });

        var v = VerdictClassifier.Classify(probe, Page(url: "http://vlast.kz/"), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.HttpDiff), (v.Status, v.Method));
        Assert.True(v.Confidence < 0.8, "an unfingerprinted page difference is weaker evidence");
    }

    [Fact]
    public void Classify_Status451AtTheVantageOnly_IsBlockpage()
    {
        var v = VerdictClassifier.Classify(Page(url: "http://vlast.kz/", status: 451, title: "451", length: 500, sha: "ee"), Page(url: "http://vlast.kz/"), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Blockpage), (v.Status, v.Method));
    }

    [Fact]
    public void Classify_CaptchaOverVerifiedTls_IsAServerSideBlockNotCensorship()
    {
        var captcha = Page(status: 403, title: "Attention Required! | Cloudflare", length: 4_000, sha: "ff",
            body: "<form id=\"challenge-form\"></form>", headers: new() { ["cf-mitigated"] = "challenge", ["server"] = "cloudflare" });

        var v = VerdictClassifier.Classify(captcha, Page(), Healthy);

        Assert.Equal(VerdictStatus.Ok, v.Status);
        Assert.Equal("captcha", v.ServerSideBlock);
    }

    [Fact]
    public void Classify_CaptchaOverPlainHttp_IsUnknownNotOk()
    {
        var captcha = Page(url: "http://vlast.kz/", status: 403, title: "Attention Required! | Cloudflare", length: 4_000, sha: "ff",
            body: "<form id=\"challenge-form\"></form>", headers: new() { ["cf-mitigated"] = "challenge" });

        var v = VerdictClassifier.Classify(captcha, Page(url: "http://vlast.kz/"), Healthy);

        Assert.Equal(VerdictStatus.Unknown, v.Status);
        Assert.Equal("captcha", v.ServerSideBlock);
    }

    [Fact]
    public void Classify_GeoBlockPage_IsAServerSideBlock()
    {
        var geo = Page(status: 403, title: "Недоступно", length: 3_000, sha: "99", body: "<p>Сайт недоступен в вашей стране</p>");

        var v = VerdictClassifier.Classify(geo, Page(), Healthy);

        Assert.Equal(("ok", "geo-block"), (v.Status, v.ServerSideBlock));
    }

    [Fact]
    public void Classify_SlowBodyWhoseConnectWaitedInTheThrottlesQueue_IsStillThrottled()
    {
        // The SYN-ACK queued behind earlier data (577 ms) but the first byte came in 7 ms.
        var queued = Page(length: 284_625, bodyMs: 4_440) with { Timings = new Timings(1, 577, 7, 7, 5_034) };

        var v = VerdictClassifier.Classify(queued, Page(length: 284_625, bodyMs: 2), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Throttled), (v.Status, v.Method));
    }

    [Fact]
    public void Classify_SlowHandshakeAgainstControlAndBaseline_IsThrottled()
    {
        var v = VerdictClassifier.Classify(Page(tlsMs: 4_200), Page(tlsMs: 95), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Throttled), (v.Status, v.Method));
    }

    [Fact]
    public void Classify_SlowHandshakeWithoutBaseline_IsNotCalledThrottled()
    {
        var v = VerdictClassifier.Classify(Page(tlsMs: 4_200), Page(tlsMs: 95), VantageHealth.Unchecked);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_SlowHandshakeOnASlowNetwork_IsNotThrottled()
    {
        var slowNetwork = new VantageHealth(true, 2, 2, 3_500, 2_000_000);

        var v = VerdictClassifier.Classify(Page(tlsMs: 4_200), Page(tlsMs: 95), slowNetwork);

        Assert.Equal(VerdictStatus.Ok, v.Status);
    }

    [Fact]
    public void Classify_SlowBodyAgainstControlAndBaseline_IsThrottled()
    {
        // 200 KB in 5 s is 40 KB/s over a 30 ms round trip; the control and the baseline read at 1 MB/s and 2 MB/s.
        var v = VerdictClassifier.Classify(Page(length: 200_000, bodyMs: 5_000), Page(length: 200_000, bodyMs: 200), Healthy);

        Assert.Equal((VerdictStatus.Blocked, BlockingMethod.Throttled), (v.Status, v.Method));
        Assert.Contains("KiB/s", v.Evidence[0], StringComparison.Ordinal);
    }
}
