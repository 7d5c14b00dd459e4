using System.Net;
using System.Net.Sockets;
using MediaMonitor.Probing;
using MediaMonitor.Probing.Dns;
using Microsoft.Extensions.Time.Testing;

namespace MediaMonitor.Tests.Probing.Dns;

public sealed class UdpDnsClientTests : IAsyncDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    private readonly TestDnsServer _server = TestDnsServer.Start(DnsTestZone.Standard());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public void Name_LoopbackServer_IsUdpAddressAndPort()
    {
        Assert.Equal($"udp:127.0.0.1:{_server.EndPoint.Port}", Client().Name);
    }

    [Fact]
    public async Task LookupAsync_AAndAaaa_ReturnsEveryAddressAFirst()
    {
        var lookup = await Client().LookupAsync("both.test", Ct);

        Assert.Equal([IPAddress.Parse("192.0.2.1"), IPAddress.Parse("192.0.2.2"), IPAddress.Parse("2001:db8::1")], lookup.Addresses);
        Assert.Equal(("NOERROR", (string?)null), (lookup.Rcode, lookup.Failure));
        Assert.Empty(lookup.Cnames);
        Assert.Equal(("both.test", $"udp:{_server.EndPoint}"), (lookup.Host, lookup.Resolver));
        Assert.Null(lookup.HttpStatus);
        Assert.True(lookup.Ms > 0);
        Assert.Equal([DnsRecordTypes.A, DnsRecordTypes.Aaaa], _server.Zone.QueriesFor("both.test").Select(q => q.Type).Order());
    }

    [Theory]
    [InlineData("v4only.test", "192.0.2.3")]
    [InlineData("v6only.test", "2001:db8::6")]
    public async Task LookupAsync_OneFamilyOnly_SucceedsWithIt(string host, string address)
    {
        var lookup = await Client().LookupAsync(host, Ct);

        Assert.Equal([IPAddress.Parse(address)], lookup.Addresses);
        Assert.Equal(("NOERROR", (string?)null), (lookup.Rcode, lookup.Failure));
    }

    [Fact]
    public async Task LookupAsync_CnameChain_FollowsItAndIgnoresOtherNames()
    {
        var lookup = await Client().LookupAsync("chain.test", Ct);

        Assert.Equal([IPAddress.Parse("198.51.100.7"), IPAddress.Parse("2001:db8::7")], lookup.Addresses);
        Assert.Equal(["mid.test", "end.test"], lookup.Cnames);
        Assert.Null(lookup.Failure);
    }

    [Fact]
    public async Task LookupAsync_CnameLoop_StopsWithNoAnswer()
    {
        var lookup = await Client().LookupAsync("loop.test", Ct);

        Assert.Empty(lookup.Addresses);
        Assert.Equal(["loop2.test"], lookup.Cnames);
        Assert.Equal(("NOERROR", Failures.DnsNoAnswer), (lookup.Rcode, lookup.Failure));
    }

    [Theory]
    [InlineData("nx.test", "NXDOMAIN", Failures.DnsNxdomain)]
    [InlineData("servfail.test", "SERVFAIL", DnsFailures.Servfail)]
    [InlineData("refused.test", "REFUSED", DnsFailures.Refused)]
    [InlineData("notimp.test", "NOTIMP", Failures.DnsServerMisbehaving)]
    [InlineData("empty.test", "NOERROR", Failures.DnsNoAnswer)]
    [InlineData("not-in-the-zone.test", "NXDOMAIN", Failures.DnsNxdomain)]
    public async Task LookupAsync_NoAddress_NamesTheRcodeAndOoniFailure(string host, string rcode, string failure)
    {
        var lookup = await Client().LookupAsync(host, Ct);

        Assert.Empty(lookup.Addresses);
        Assert.Equal((rcode, failure), (lookup.Rcode, lookup.Failure));
    }

    [Fact]
    public async Task LookupAsync_SpoofedRepliesFirst_WaitsForTheOneThatMatches()
    {
        var lookup = await Client().LookupAsync("spoof.test", Ct);

        Assert.Equal([IPAddress.Parse("192.0.2.10")], lookup.Addresses);
        Assert.Null(lookup.Failure);
    }

    [Theory]
    [InlineData("garbage.test")]
    [InlineData("cut.test")]
    public async Task LookupAsync_MalformedReplyWithOurId_IsServerMisbehaving(string host)
    {
        // A long timeout: the failure must come from the reply, not from waiting.
        var lookup = await Client(Generous).LookupAsync(host, Ct).WaitAsync(TimeSpan.FromSeconds(5), Ct);

        Assert.Empty(lookup.Addresses);
        Assert.Equal((string.Empty, Failures.DnsServerMisbehaving), (lookup.Rcode, lookup.Failure));
    }

    [Fact]
    public async Task LookupAsync_TruncatedOverUdp_AsksAgainOverTcp()
    {
        var lookup = await Client().LookupAsync("big.test", Ct);

        Assert.Equal(Enumerable.Range(21, 4).Select(i => IPAddress.Parse($"192.0.2.{i}")), lookup.Addresses);
        Assert.Null(lookup.Failure);
        var queries = _server.Zone.QueriesFor("big.test").ToList();
        Assert.Equal(2, queries.Count(q => q.Transport == DnsTestZone.Udp));
        Assert.Equal(2, queries.Count(q => q.Transport == DnsTestZone.Tcp));
    }

    [Fact]
    public async Task LookupAsync_FirstQueryLost_SendsItAgainAtHalfTheTimeout()
    {
        var time = new FakeTimeProvider();
        var lookup = Client(TimeSpan.FromSeconds(2), time).LookupAsync("slow.test", Ct);
        await _server.WaitForQueriesAsync(q => CountFor(q, "slow.test") == 2, Ct);

        time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(100, Ct);
        Assert.Equal(2, _server.Zone.QueriesFor("slow.test").Count());
        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await lookup.WaitAsync(Generous, Ct);

        Assert.Equal([IPAddress.Parse("192.0.2.30")], result.Addresses);
        Assert.Equal(("NOERROR", (string?)null), (result.Rcode, result.Failure));
        Assert.Equal(1000, result.Ms);
        var queries = _server.Zone.QueriesFor("slow.test").ToList();
        Assert.Equal(2, queries.Count(q => q.Type == DnsRecordTypes.A));
        Assert.Single(queries.Where(q => q.Type == DnsRecordTypes.A).Select(q => q.Id).Distinct());
    }

    [Fact]
    public async Task LookupAsync_NoReply_TimesOutAfterOneRetry()
    {
        var time = new FakeTimeProvider();
        var lookup = Client(TimeSpan.FromSeconds(2), time).LookupAsync("silent.test", Ct);
        // Both queries are out before any time passes: A and AAAA go in parallel.
        await _server.WaitForQueriesAsync(q => CountFor(q, "silent.test") == 2, Ct);

        time.Advance(TimeSpan.FromSeconds(1));
        await _server.WaitForQueriesAsync(q => CountFor(q, "silent.test") == 4, Ct);
        Assert.False(lookup.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await lookup.WaitAsync(Generous, Ct);

        Assert.Empty(result.Addresses);
        Assert.Equal((string.Empty, Failures.Timeout), (result.Rcode, result.Failure));
        Assert.Equal(2000, result.Ms);
        Assert.Equal(4, _server.Zone.QueriesFor("silent.test").Count());
    }

    [Fact]
    public async Task LookupAsync_NothingListening_IsConnectionRefused()
    {
        IPEndPoint closed;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            closed = (IPEndPoint)probe.LocalEndPoint!;
        }

        var lookup = await new UdpDnsClient(closed, Generous, TimeProvider.System).LookupAsync("both.test", Ct).WaitAsync(TimeSpan.FromSeconds(5), Ct);

        Assert.Equal((string.Empty, Failures.ConnectionRefused), (lookup.Rcode, lookup.Failure));
    }

    [Fact]
    public async Task LookupAsync_MixedCaseHost_AsksInLowercase()
    {
        var lookup = await Client().LookupAsync("MiXeD.Test.", Ct);

        Assert.Equal([IPAddress.Parse("192.0.2.40")], lookup.Addresses);
        Assert.Equal("MiXeD.Test.", lookup.Host);
        Assert.Equal(2, _server.Zone.QueriesFor("mixed.test").Count());
    }

    [Fact]
    public async Task LookupAsync_UnicodeHost_AsksTheIdnaName()
    {
        var lookup = await Client().LookupAsync("ПРИМЕР.test", Ct);

        Assert.Equal([IPAddress.Parse("192.0.2.50")], lookup.Addresses);
        Assert.Equal(2, _server.Zone.QueriesFor("xn--e1afmkfd.test").Count());
    }

    [Fact]
    public async Task LookupAsync_InvalidHost_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().LookupAsync(new string('a', 64) + ".test", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client().LookupAsync(".", Ct));
    }

    [Fact]
    public async Task LookupAsync_CallerCancels_Throws()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var lookup = Client(Generous).LookupAsync("silent.test", cancel.Token);
        await _server.WaitForQueriesAsync(q => CountFor(q, "silent.test") == 2, Ct);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lookup.WaitAsync(TimeSpan.FromSeconds(5), Ct));
    }

    [Fact]
    public async Task LookupAsync_ManyLookups_UseRandomIds()
    {
        var client = Client();
        for (var i = 0; i < 20; i++)
        {
            await client.LookupAsync("both.test", Ct);
        }

        var ids = _server.Zone.QueriesFor("both.test").Select(q => (int)q.Id).ToList();
        Assert.Equal(40, ids.Count);
        // 40 random 16-bit ids rarely collide at all; a counter or a constant would fail one of these.
        Assert.InRange(ids.Distinct().Count(), 37, 40);
        Assert.Contains(ids.Zip(ids.Skip(1)), pair => Math.Abs(pair.First - pair.Second) > 2);
    }

    private static int CountFor(IReadOnlyCollection<ReceivedQuery> queries, string name) => queries.Count(q => q.Name == name);

    private UdpDnsClient Client(TimeSpan? timeout = null, TimeProvider? time = null) =>
        new(_server.EndPoint, timeout ?? TimeSpan.FromSeconds(3), time ?? TimeProvider.System);
}
