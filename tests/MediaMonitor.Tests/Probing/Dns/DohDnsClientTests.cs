using System.Net;
using MediaMonitor.Probing;
using MediaMonitor.Probing.Dns;
using Microsoft.Extensions.Time.Testing;

namespace MediaMonitor.Tests.Probing.Dns;

public sealed class DohDnsClientTests : IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    // No proxy: whatever the environment says, these requests stay on loopback.
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });
    private TestDohServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await TestDohServer.StartAsync(DnsTestZone.Standard(), Ct);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public void Name_Endpoint_IsDohAndUrl()
    {
        Assert.Equal($"doh:{_server.BaseUrl}dns-query", Client().Name);
    }

    [Fact]
    public async Task LookupAsync_AAndAaaa_PostsDnsMessagesAndReturnsEveryAddress()
    {
        var lookup = await Client().LookupAsync("both.test", Ct);

        Assert.Equal([IPAddress.Parse("192.0.2.1"), IPAddress.Parse("192.0.2.2"), IPAddress.Parse("2001:db8::1")], lookup.Addresses);
        Assert.Equal(("NOERROR", (string?)null, (int?)200), (lookup.Rcode, lookup.Failure, lookup.HttpStatus));
        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal(("POST", "/dns-query", "application/dns-message", "application/dns-message"), (r.Method, r.Path, r.ContentType, r.Accept)));
        Assert.Equal([DnsRecordTypes.A, DnsRecordTypes.Aaaa], _server.Zone.QueriesFor("both.test").Select(q => q.Type).Order());
    }

    [Fact]
    public async Task LookupAsync_CnameChain_FollowsItAndIgnoresOtherNames()
    {
        var lookup = await Client().LookupAsync("chain.test", Ct);

        Assert.Equal([IPAddress.Parse("198.51.100.7"), IPAddress.Parse("2001:db8::7")], lookup.Addresses);
        Assert.Equal(["mid.test", "end.test"], lookup.Cnames);
    }

    [Theory]
    [InlineData("nx.test", "NXDOMAIN", Failures.DnsNxdomain)]
    [InlineData("servfail.test", "SERVFAIL", DnsFailures.Servfail)]
    [InlineData("refused.test", "REFUSED", DnsFailures.Refused)]
    [InlineData("empty.test", "NOERROR", Failures.DnsNoAnswer)]
    public async Task LookupAsync_NoAddress_NamesTheRcodeAndOoniFailure(string host, string rcode, string failure)
    {
        var lookup = await Client().LookupAsync(host, Ct);

        Assert.Empty(lookup.Addresses);
        Assert.Equal((rcode, failure, (int?)200), (lookup.Rcode, lookup.Failure, lookup.HttpStatus));
    }

    [Fact]
    public async Task LookupAsync_Http500_IsServerMisbehavingWithTheStatus()
    {
        var lookup = await Client("/error").LookupAsync("both.test", Ct);

        Assert.Empty(lookup.Addresses);
        Assert.Equal((string.Empty, Failures.DnsServerMisbehaving, (int?)500), (lookup.Rcode, lookup.Failure, lookup.HttpStatus));
    }

    [Fact]
    public async Task LookupAsync_NotADnsMessage_IsServerMisbehaving()
    {
        var lookup = await Client("/html").LookupAsync("both.test", Ct);

        Assert.Equal((string.Empty, Failures.DnsServerMisbehaving, (int?)200), (lookup.Rcode, lookup.Failure, lookup.HttpStatus));
    }

    [Theory]
    [InlineData("spoof.test")]
    [InlineData("garbage.test")]
    [InlineData("cut.test")]
    public async Task LookupAsync_ReplyThatDoesNotAnswerTheQuery_IsServerMisbehaving(string host)
    {
        var lookup = await Client().LookupAsync(host, Ct);

        Assert.Empty(lookup.Addresses);
        Assert.Equal((string.Empty, Failures.DnsServerMisbehaving), (lookup.Rcode, lookup.Failure));
    }

    [Fact]
    public async Task LookupAsync_NoResponse_TimesOut()
    {
        var time = new FakeTimeProvider();
        var lookup = Client(time: time, timeout: TimeSpan.FromSeconds(2)).LookupAsync("silent.test", Ct);
        await WaitForAsync(() => _server.Zone.QueriesFor("silent.test").Count() == 2);
        Assert.False(lookup.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(2));
        var result = await lookup.WaitAsync(Generous, Ct);

        Assert.Equal((string.Empty, Failures.Timeout, (int?)null), (result.Rcode, result.Failure, result.HttpStatus));
        Assert.Equal(2000, result.Ms);
    }

    [Fact]
    public async Task LookupAsync_NothingListening_IsConnectionRefused()
    {
        await using var gone = await TestDohServer.StartAsync(new DnsTestZone(), Ct);
        var url = gone.Url("/dns-query");
        await gone.DisposeAsync();

        var lookup = await new DohDnsClient(_http, url, Generous, TimeProvider.System).LookupAsync("both.test", Ct);

        Assert.Equal(Failures.ConnectionRefused, lookup.Failure);
    }

    [Fact]
    public async Task LookupAsync_UnicodeHost_AsksTheIdnaName()
    {
        var lookup = await Client().LookupAsync("пример.TEST", Ct);

        Assert.Equal([IPAddress.Parse("192.0.2.50")], lookup.Addresses);
    }

    [Fact]
    public void Constructor_NonHttpEndpoint_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new DohDnsClient(_http, new Uri("ftp://127.0.0.1/dns-query"), Generous, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => new DohDnsClient(_http, new Uri("/dns-query", UriKind.Relative), Generous, TimeProvider.System));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Generous);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private DohDnsClient Client(string path = "/dns-query", TimeProvider? time = null, TimeSpan? timeout = null) =>
        new(_http, _server.Url(path), timeout ?? TimeSpan.FromSeconds(5), time ?? TimeProvider.System);
}
