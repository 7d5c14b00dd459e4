using System.Net;
using MediaMonitor.Configuration;
using MediaMonitor.Probing;
using MediaMonitor.Probing.Dns;
using MediaMonitor.SiteFarm;
using MediaMonitor.Tests.Probing.Dns;

namespace MediaMonitor.Tests.Probing;

/// <summary>Measurements through each kind of vantage: HTTP and SOCKS5 proxies, a UDP resolver, DNS over HTTPS.</summary>
public sealed class VantageTests : IAsyncLifetime
{
    private SiteFarm.SiteFarm _farm = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _farm = await SiteFarm.SiteFarm.StartAsync(new SiteFarmOptions { Https = true }, TestContext.Current.CancellationToken);
        _services = ProbeFactory.Services(new() { ["Probing:TimeoutSeconds"] = "5" });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _farm.DisposeAsync();
    }

    private Task<Measurement> Measure(Uri url, VantageOptions vantage) =>
        _services.Probe().MeasureAsync(new ProbeTarget(url), vantage, TestContext.Current.CancellationToken);

    private static Dictionary<string, IPAddress> FarmNames => new() { ["news.proxied.test"] = IPAddress.Loopback };

    [Theory]
    [InlineData("http-proxy")]
    [InlineData("socks5")]
    public async Task Measure_ThroughAProxy_LetsTheProxyResolveAndRecordsTheTunnel(string kind)
    {
        await using var proxy = kind == "socks5" ? TestProxy.Socks5(FarmNames) : TestProxy.HttpConnect(FarmNames);
        var url = new Uri($"http://news.proxied.test:{_farm.Port}/article/2");

        var m = await Measure(url, new VantageOptions { Name = "kz-proxy", Kind = kind, Proxy = proxy.Address });

        Assert.Null(m.Failure);
        Assert.Equal(200, m.Http!.Status);
        Assert.Equal("Article 2", m.Http.Title);
        Assert.Equal("proxy", m.Dns!.Resolver);
        Assert.Empty(m.Dns.Answers);
        Assert.Equal(("news.proxied.test", _farm.Port), (m.Tcp[0].Address, m.Tcp[0].Port));
        Assert.Equal($"news.proxied.test:{_farm.Port}", Assert.Single(proxy.Requested));
        Assert.Equal("kz-proxy", m.Vantage);
    }

    [Theory]
    [InlineData("http-proxy")]
    [InlineData("socks5")]
    public async Task Measure_ProxyRefusesTheHost_IsATcpFailureNamedAsSuch(string kind)
    {
        await using var proxy = kind == "socks5" ? TestProxy.Socks5(FarmNames) : TestProxy.HttpConnect(FarmNames);
        proxy.Refused.Add("news.proxied.test");

        var m = await Measure(new Uri($"http://news.proxied.test:{_farm.Port}/"), new VantageOptions { Name = "p", Kind = kind, Proxy = proxy.Address });

        Assert.Equal(("tcp", Failures.ProxyRefused), (m.FailedPhase, m.Failure));
    }

    [Fact]
    public async Task Measure_HttpsThroughAProxy_DoesTlsEndToEndAndKeepsTheChain()
    {
        await using var proxy = TestProxy.HttpConnect(FarmNames);

        var m = await Measure(new Uri($"https://news.proxied.test:{_farm.HttpsPort}/"), new VantageOptions { Name = "p", Kind = "http-proxy", Proxy = proxy.Address });

        Assert.Equal(("tls", Failures.SslUnknownAuthority), (m.FailedPhase, m.Failure));
        Assert.Equal(_farm.Certificate!.Subject, Assert.Single(m.Tls!.Chain).Subject);
    }

    [Fact]
    public async Task Measure_WithAUdpResolver_RecordsItsAnswersCnamesAndRcode()
    {
        var zone = new DnsTestZone();
        zone.Add("www.vlast.test", new(DnsRcodes.NoError, [new("www.vlast.test", DnsRecordTypes.Cname, "edge.vlast.test"), new("edge.vlast.test", DnsRecordTypes.A, "127.0.0.1")]));
        zone.Add("gone.vlast.test", new(DnsRcodes.NxDomain, []));
        await using var dns = TestDnsServer.Start(zone);
        var vantage = new VantageOptions { Name = "kz", Resolver = $"udp:{dns.EndPoint}" };

        var ok = await Measure(new Uri($"http://www.vlast.test:{_farm.Port}/"), vantage);
        var gone = await Measure(new Uri($"http://gone.vlast.test:{_farm.Port}/"), vantage);

        Assert.Null(ok.Failure);
        Assert.Equal(($"udp:{dns.EndPoint}", "NOERROR"), (ok.Dns!.Resolver, ok.Dns.Rcode));
        Assert.Equal(["127.0.0.1"], ok.Dns.Answers);
        Assert.Equal(["edge.vlast.test"], ok.Dns.Cnames);
        Assert.Equal(("dns", Failures.DnsNxdomain, "NXDOMAIN"), (gone.FailedPhase, gone.Failure, gone.Dns!.Rcode));
    }

    [Fact]
    public async Task Measure_WithDnsOverHttps_UsesIt()
    {
        var zone = new DnsTestZone();
        zone.Add("news.doh.test", new(DnsRcodes.NoError, [new("news.doh.test", DnsRecordTypes.A, "127.0.0.1")]));
        await using var doh = await TestDohServer.StartAsync(zone, TestContext.Current.CancellationToken);
        var endpoint = doh.Url("/dns-query");

        var m = await Measure(new Uri($"http://news.doh.test:{_farm.Port}/"), new VantageOptions { Name = "kz", Resolver = $"doh:{endpoint}" });

        Assert.Null(m.Failure);
        Assert.StartsWith("doh:", m.Dns!.Resolver, StringComparison.Ordinal);
        Assert.Equal(["127.0.0.1"], m.Dns.Answers);
        Assert.NotEmpty(doh.Requests);
    }

    [Fact]
    public async Task Measure_InternationalizedDomainName_ResolvesThePunycodeForm()
    {
        var zone = new DnsTestZone();
        zone.Add("xn--e1afmkfd.test", new(DnsRcodes.NoError, [new("xn--e1afmkfd.test", DnsRecordTypes.A, "127.0.0.1")]));
        await using var dns = TestDnsServer.Start(zone);

        var m = await Measure(new Uri($"http://пример.test:{_farm.Port}/"), new VantageOptions { Name = "kz", Resolver = $"udp:{dns.EndPoint}" });

        Assert.Null(m.Failure);
        Assert.Equal("xn--e1afmkfd.test", m.Dns!.Host);
        Assert.Equal(["127.0.0.1"], m.Dns.Answers);
    }
}
