using System.Net;
using System.Security.Cryptography;
using MediaMonitor.Probing;
using MediaMonitor.SiteFarm;

namespace MediaMonitor.Tests.Probing;

public sealed class HttpProbeTests : IAsyncLifetime
{
    private SiteFarm.SiteFarm _farm = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _farm = await SiteFarm.SiteFarm.StartAsync(new SiteFarmOptions { Https = true }, TestContext.Current.CancellationToken);
        _services = ProbeFactory.Services(new()
        {
            ["Probing:TimeoutSeconds"] = "3",
            ["Probing:MaxBodyBytes"] = "262144",
            ["Probing:Resolve:news.farm.test:0"] = "127.0.0.1",
            ["Probing:Resolve:gone.farm.test"] = "",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _farm.DisposeAsync();
    }

    private Task<Measurement> Measure(Uri url) => _services.Probe().MeasureAsync(new ProbeTarget(url, "test", "farm"), "local", TestContext.Current.CancellationToken);

    [Fact]
    public async Task Measure_NormalPage_RecordsStatusTitleHashAndEveryPhase()
    {
        var url = new Uri($"http://news.farm.test:{_farm.Port}/article/3");

        var m = await Measure(url);

        Assert.Null(m.Failure);
        Assert.Equal(200, m.Http!.Status);
        Assert.Equal("Article 3", m.Http.Title);
        Assert.Equal("static", m.Dns!.Resolver);
        Assert.Equal(["127.0.0.1"], m.Dns.Answers);
        var tcp = Assert.Single(m.Tcp);
        Assert.Equal(("127.0.0.1", _farm.Port, (string?)null), (tcp.Address, tcp.Port, tcp.Failure));
        Assert.NotNull(m.Timings.DnsMs);
        Assert.NotNull(m.Timings.ConnectMs);
        Assert.NotNull(m.Timings.FirstByteMs);
        Assert.True(m.Timings.TotalMs >= m.Timings.FirstByteMs);
        Assert.Null(m.Tls);

        using var client = new HttpClient();
        var body = await client.GetByteArrayAsync(_farm.Url("/article/3"), TestContext.Current.CancellationToken);
        Assert.Equal(body.Length, m.Http.BodyLength);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), m.Http.BodySha256);
        Assert.Equal("test", m.List);
        Assert.Equal("farm", m.Outlet);
    }

    [Fact]
    public async Task Measure_RedirectChain_IsFollowedByHandAndRecorded()
    {
        var m = await Measure(_farm.Url("/redirect/3"));

        Assert.Null(m.Failure);
        Assert.Equal(200, m.Http!.Status);
        Assert.Equal("Farm News", m.Http.Title);
        Assert.Equal(4, m.Http.Redirects.Count);
        Assert.All(m.Http.Redirects, r => Assert.Equal(302, r.Status));
        Assert.Equal(_farm.Url("/redirect/3").AbsoluteUri, m.Http.Redirects[0].Url);
        Assert.Equal(_farm.Url("/redirect/0").AbsoluteUri, m.Http.Redirects[3].Url);
    }

    [Fact]
    public async Task Measure_RedirectLoop_StopsWithRedirectLoop()
    {
        var m = await Measure(_farm.Url("/redirect-loop/a"));

        Assert.Equal(Failures.RedirectLoop, m.Failure);
        Assert.Equal("http", m.FailedPhase);
        Assert.Equal(2, m.Http!.Redirects.Count);
    }

    [Fact]
    public async Task Measure_LongerChainThanAllowed_StopsWithTooManyRedirects()
    {
        var m = await Measure(_farm.Url("/redirect/15"));

        Assert.Equal(Failures.TooManyRedirects, m.Failure);
        Assert.Equal(11, m.Http!.Redirects.Count);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(451)]
    [InlineData(500)]
    public async Task Measure_ErrorStatus_IsAnAnswerNotAFailure(int status)
    {
        var m = await Measure(_farm.Url($"/status/{status}"));

        Assert.Null(m.Failure);
        Assert.Equal(status, m.Http!.Status);
        Assert.True(m.Http.BodyLength > 0);
    }

    [Fact]
    public async Task Measure_SlowerFirstByteThanTheTimeout_IsATimeoutInTheHttpPhase()
    {
        var m = await Measure(_farm.Url("/slow-first-byte?ms=10000"));

        Assert.Equal(Failures.Timeout, m.Failure);
        Assert.Equal("http", m.FailedPhase);
        Assert.InRange(m.Timings.TotalMs, 2500, 6000);
    }

    [Fact]
    public async Task Measure_SilentServer_IsBoundedByTheTimeout()
    {
        var m = await Measure(_farm.Url("/hang"));

        Assert.Equal(Failures.Timeout, m.Failure);
        Assert.InRange(m.Timings.TotalMs, 2500, 6000);
    }

    [Fact]
    public async Task Measure_ConnectionResetMidRequest_IsNamed()
    {
        var m = await Measure(_farm.Url("/reset"));

        Assert.Contains(m.Failure, new[] { Failures.ConnectionReset, Failures.Eof });
        Assert.Equal("http", m.FailedPhase);
    }

    [Fact]
    public async Task Measure_EndlessBody_IsCappedAndHashedUpToTheCap()
    {
        var m = await Measure(_farm.Url("/endless"));

        Assert.Null(m.Failure);
        Assert.True(m.Http!.BodyTruncated);
        Assert.Equal(262144, m.Http.BodyLength);
        Assert.NotNull(m.Http.BodySha256);
    }

    [Fact]
    public async Task Measure_GzipBomb_StopsAtTheDecompressedCap()
    {
        var m = await Measure(_farm.Url("/gzip-bomb"));

        Assert.Null(m.Failure);
        Assert.True(m.Http!.BodyTruncated);
        Assert.Equal(262144, m.Http.BodyLength);
    }

    [Fact]
    public async Task Measure_HeaderFlood_IsRefusedWithItsOwnFailure()
    {
        var m = await Measure(_farm.Url("/headers-flood"));

        Assert.Equal(Failures.HeadersTooLarge, m.Failure);
    }

    [Fact]
    public async Task Measure_ClosedPort_IsConnectionRefused()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var m = await Measure(new Uri($"http://news.farm.test:{port}/"));

        Assert.Equal(Failures.ConnectionRefused, m.Failure);
        Assert.Equal("tcp", m.FailedPhase);
        Assert.Equal(Failures.ConnectionRefused, Assert.Single(m.Tcp).Failure);
        Assert.Null(m.Http!.Status);
    }

    [Fact]
    public async Task Measure_NameWithNoAddress_IsNxdomainInTheDnsPhase()
    {
        var m = await Measure(new Uri("http://gone.farm.test/"));

        Assert.Equal(Failures.DnsNxdomain, m.Failure);
        Assert.Equal("dns", m.FailedPhase);
        Assert.Equal(Failures.DnsNxdomain, m.Dns!.Failure);
        Assert.Empty(m.Tcp);
    }

    [Fact]
    public async Task Measure_UntrustedCertificate_FailsButKeepsTheChain()
    {
        var m = await Measure(_farm.HttpsUrl("/"));

        Assert.Equal(Failures.SslUnknownAuthority, m.Failure);
        Assert.Equal("tls", m.FailedPhase);
        var leaf = Assert.Single(m.Tls!.Chain);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(_farm.Certificate!.RawData)), leaf.Sha256);
        Assert.Equal(_farm.Certificate.Subject, leaf.Subject);
        Assert.NotNull(m.Timings.TlsMs);
    }

    [Fact]
    public async Task Measure_ServerSilentAfterClientHello_IsATimeoutInTheTlsPhase()
    {
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var accepting = silent.AcceptTcpClientAsync(TestContext.Current.CancellationToken).AsTask();

        var m = await Measure(new Uri($"https://news.farm.test:{port}/"));

        Assert.Equal(Failures.Timeout, m.Failure);
        Assert.Equal("tls", m.FailedPhase);
        Assert.Equal(Failures.Timeout, m.Tls!.Failure);
        Assert.Null(Assert.Single(m.Tcp).Failure);
        (await accepting).Dispose();
    }

    [Fact]
    public async Task Measure_TlsAgainstAPlainHttpPort_IsAHandshakeFailure()
    {
        var m = await Measure(new Uri($"https://127.0.0.1:{_farm.Port}/"));

        Assert.Equal("tls", m.FailedPhase);
        Assert.Contains(m.Failure, new[] { Failures.SslFailedHandshake, Failures.Eof, Failures.ConnectionReset });
    }

    [Fact]
    public async Task Measure_Ipv6Literal_IsConnectedWithoutDns()
    {
        if (!System.Net.Sockets.Socket.OSSupportsIPv6)
        {
            Assert.Skip("IPv6 is not available on this machine");
        }

        var m = await Measure(new Uri($"http://[::1]:{_farm.Port}/"));

        Assert.Null(m.Dns);
        Assert.Equal("::1", Assert.Single(m.Tcp).Address);
    }

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    [InlineData("utf-8")]
    [InlineData("windows-1251/meta-only")]
    [InlineData("koi8-r/meta-only")]
    public async Task Measure_CyrillicTitleInAnyCommonCharset_IsDecoded(string charset)
    {
        var m = await Measure(_farm.Url($"/charset/{charset}"));

        Assert.Equal(FarmContent.CharsetTitle, m.Http!.Title);
    }

    [Fact]
    public async Task Measure_UrlWithCredentials_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Measure(new Uri($"http://user:pw@127.0.0.1:{_farm.Port}/")));
    }
}
