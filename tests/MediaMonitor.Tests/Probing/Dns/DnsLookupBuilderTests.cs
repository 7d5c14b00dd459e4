using System.Net;
using MediaMonitor.Probing;
using MediaMonitor.Probing.Dns;

namespace MediaMonitor.Tests.Probing.Dns;

public sealed class DnsLookupBuilderTests
{
    private const string Name = "news.test";

    [Fact]
    public void Build_AFailedAaaaAnswered_SucceedsWithTheAaaaRcode()
    {
        var a = DnsLookupBuilder.Evaluate(DnsExchange.Failed(Failures.Timeout), Name, DnsRecordTypes.A);
        var aaaa = DnsLookupBuilder.Evaluate(DnsExchange.Answered(Reply(DnsRecordTypes.Aaaa, 0, new ZoneRecord(Name, DnsRecordTypes.Aaaa, "2001:db8::5"))), Name, DnsRecordTypes.Aaaa);

        var lookup = DnsLookupBuilder.Build("udp:x", Name, a, aaaa, 12.5);

        Assert.Equal([IPAddress.Parse("2001:db8::5")], lookup.Addresses);
        Assert.Equal(("NOERROR", (string?)null, 12.5), (lookup.Rcode, lookup.Failure, lookup.Ms));
    }

    [Fact]
    public void Build_BothFailed_ReportsTheAFailure()
    {
        var a = DnsLookupBuilder.Evaluate(DnsExchange.Failed(Failures.Timeout), Name, DnsRecordTypes.A);
        var aaaa = DnsLookupBuilder.Evaluate(DnsExchange.Answered(Reply(DnsRecordTypes.Aaaa, DnsRcodes.NxDomain)), Name, DnsRecordTypes.Aaaa);

        var lookup = DnsLookupBuilder.Build("udp:x", Name, a, aaaa, 1);

        Assert.Equal(("NXDOMAIN", Failures.Timeout), (lookup.Rcode, lookup.Failure));
    }

    [Fact]
    public void Build_ANxdomainAaaaAnswered_KeepsTheAddressAndTheARcode()
    {
        var a = DnsLookupBuilder.Evaluate(DnsExchange.Answered(Reply(DnsRecordTypes.A, DnsRcodes.NxDomain)), Name, DnsRecordTypes.A);
        var aaaa = DnsLookupBuilder.Evaluate(DnsExchange.Answered(Reply(DnsRecordTypes.Aaaa, 0, new ZoneRecord(Name, DnsRecordTypes.Aaaa, "2001:db8::5"))), Name, DnsRecordTypes.Aaaa);

        var lookup = DnsLookupBuilder.Build("udp:x", Name, a, aaaa, 1);

        Assert.Single(lookup.Addresses);
        Assert.Equal(("NXDOMAIN", (string?)null), (lookup.Rcode, lookup.Failure));
    }

    [Fact]
    public void Evaluate_AddressesOfOtherTypeOrName_AreIgnored()
    {
        var reply = Reply(DnsRecordTypes.A, 0,
            new ZoneRecord(Name, DnsRecordTypes.Aaaa, "2001:db8::5"),
            new ZoneRecord("injected.test", DnsRecordTypes.A, "6.6.6.6"),
            new ZoneRecord("NEWS.test", DnsRecordTypes.A, "192.0.2.9"));

        var result = DnsLookupBuilder.Evaluate(DnsExchange.Answered(reply), Name, DnsRecordTypes.A);

        Assert.Equal([IPAddress.Parse("192.0.2.9")], result.Addresses);
    }

    [Theory]
    [InlineData("Vlast.KZ", "vlast.kz")]
    [InlineData("vlast.kz.", "vlast.kz")]
    [InlineData("Пример.KZ", "xn--e1afmkfd.kz")]
    [InlineData("under_score.kz", "under_score.kz")]
    public void QueryName_Host_IsIdnaLowercaseWithoutTrailingDot(string host, string expected)
    {
        Assert.Equal(expected, DnsLookupBuilder.QueryName(host));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("a..kz")]
    public void QueryName_Invalid_ThrowsArgumentException(string host)
    {
        Assert.ThrowsAny<ArgumentException>(() => DnsLookupBuilder.QueryName(host));
    }

    [Fact]
    public void Matches_ErrorReplyWithoutQuestion_IsAcceptedButNoErrorIsNot()
    {
        Assert.True(DnsLookupBuilder.Matches(new DnsResponse(7, DnsWire.ReplyFlags(DnsRcodes.Refused), [], []), 7, Name, DnsRecordTypes.A));
        Assert.False(DnsLookupBuilder.Matches(new DnsResponse(7, DnsWire.ReplyFlags(DnsRcodes.NoError), [], []), 7, Name, DnsRecordTypes.A));
    }

    [Fact]
    public void Matches_QueryInsteadOfReply_IsRejected()
    {
        var query = DnsMessage.Parse(DnsMessage.BuildQuery(7, Name, DnsRecordTypes.A));

        Assert.False(DnsLookupBuilder.Matches(query, 7, Name, DnsRecordTypes.A));
        Assert.True(DnsLookupBuilder.Matches(query with { Flags = DnsWire.ReplyFlags(0) }, 7, Name, DnsRecordTypes.A));
        Assert.False(DnsLookupBuilder.Matches(query with { Flags = DnsWire.ReplyFlags(0) }, 7, Name, DnsRecordTypes.Aaaa));
    }

    private static DnsResponse Reply(ushort qtype, int rcode, params ZoneRecord[] answers) =>
        DnsMessage.Parse(DnsWire.Reply(1, DnsWire.ReplyFlags(rcode), new DnsQuestion(Name, qtype, DnsRecordTypes.ClassInternet), answers));
}
