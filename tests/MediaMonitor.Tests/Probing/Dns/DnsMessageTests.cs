using System.Net;
using MediaMonitor.Probing.Dns;

namespace MediaMonitor.Tests.Probing.Dns;

public sealed class DnsMessageTests
{
    [Fact]
    public void BuildQuery_Name_WritesHeaderQuestionAndRecursionDesired()
    {
        var query = DnsMessage.BuildQuery(0x1234, "ab.c", DnsRecordTypes.Aaaa);

        Assert.Equal("123401000001000000000000" + "026162" + "0163" + "00" + "001C" + "0001", Convert.ToHexString(query));
    }

    [Fact]
    public void BuildQuery_TrailingDot_EncodesLikeWithout()
    {
        Assert.Equal(DnsMessage.BuildQuery(7, "example.kz", DnsRecordTypes.A), DnsMessage.BuildQuery(7, "example.kz.", DnsRecordTypes.A));
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData(".a")]
    [InlineData("пример.kz")]
    public void BuildQuery_InvalidName_ThrowsArgumentException(string name)
    {
        Assert.Throws<ArgumentException>(() => DnsMessage.BuildQuery(1, name, DnsRecordTypes.A));
    }

    [Fact]
    public void BuildQuery_LabelOf64Characters_ThrowsArgumentException()
    {
        DnsMessage.BuildQuery(1, new string('a', 63) + ".kz", DnsRecordTypes.A);
        Assert.Throws<ArgumentException>(() => DnsMessage.BuildQuery(1, new string('a', 64) + ".kz", DnsRecordTypes.A));
    }

    [Fact]
    public void BuildQuery_NameOver255Bytes_ThrowsArgumentException()
    {
        // Four 62-character labels make 253 bytes on the wire; a fifth label pushes past 255.
        var label = new string('a', 62);
        var fits = string.Join('.', Enumerable.Repeat(label, 4));
        DnsMessage.BuildQuery(1, fits, DnsRecordTypes.A);
        Assert.Throws<ArgumentException>(() => DnsMessage.BuildQuery(1, fits + ".bc", DnsRecordTypes.A));
    }

    [Fact]
    public void Parse_OwnQuery_ReadsIdQuestionAndQueryFlags()
    {
        var message = DnsMessage.Parse(DnsMessage.BuildQuery(0xBEEF, "Vlast.KZ", DnsRecordTypes.A));

        Assert.Equal(0xBEEF, message.Id);
        Assert.False(message.IsResponse);
        Assert.False(message.Truncated);
        Assert.Equal([new DnsQuestion("Vlast.KZ", DnsRecordTypes.A, DnsRecordTypes.ClassInternet)], message.Questions);
        Assert.Empty(message.Answers);
    }

    [Fact]
    public void Parse_CompressedOwnersAndTargets_FollowsPointers()
    {
        // Question www.example.com at 12; "example.com" starts at 16.
        // Answer 1: owner -> 12, CNAME cdn + pointer to 16 (the "cdn" label lands at 45).
        // Answer 2: owner -> 45 (cdn.example.com), A 192.0.2.1.
        var message = Hex(
            "BEEF 8180 0001 0002 0000 0000",
            "03 777777 07 6578616D706C65 03 636F6D 00 0001 0001",
            "C00C 0005 0001 0000003C 0006 03 63646E C010",
            "C02D 0001 0001 0000003C 0004 C0000201");

        var response = DnsMessage.Parse(message);

        Assert.Equal(2, response.Answers.Count);
        Assert.Equal(new DnsRecord("www.example.com", DnsRecordTypes.Cname, 1, 60, null, "cdn.example.com"), response.Answers[0]);
        Assert.Equal(new DnsRecord("cdn.example.com", DnsRecordTypes.A, 1, 60, IPAddress.Parse("192.0.2.1"), null), response.Answers[1]);
    }

    [Theory]
    [InlineData("C00C")]
    [InlineData("C00E C00C")]
    [InlineData("01 61 C00C")]
    [InlineData("01 61 C010 01 62 C00C")]
    public void Parse_PointerLoop_ThrowsFormatException(string questionName)
    {
        var message = Hex("0001 8180 0001 0000 0000 0000", questionName, "0001 0001");

        Assert.Throws<DnsFormatException>(() => DnsMessage.Parse(message));
    }

    [Fact]
    public void Parse_EveryTruncation_ThrowsFormatException()
    {
        var question = new DnsQuestion("chain.test", DnsRecordTypes.A, DnsRecordTypes.ClassInternet);
        var reply = DnsWire.Reply(0x4242, DnsWire.ReplyFlags(0), question,
        [
            new("chain.test", DnsRecordTypes.Cname, "end.test"),
            new("end.test", DnsRecordTypes.A, "198.51.100.7"),
        ]);
        Assert.Equal(2, DnsMessage.Parse(reply).Answers.Count);

        for (var length = 0; length < reply.Length; length++)
        {
            var cut = reply[..length];
            var e = Record.Exception(() => DnsMessage.Parse(cut));
            Assert.True(e is DnsFormatException, $"a {length}-byte prefix gave {e?.GetType().Name ?? "no exception"}");
        }
    }

    [Fact]
    public void Parse_RandomBytes_OnlyEverThrowsFormatException()
    {
        var random = new Random(20240601);
        var buffer = new byte[96];
        var decoded = 0;
        for (var i = 0; i < 20000; i++)
        {
            var message = buffer.AsSpan(0, random.Next(buffer.Length + 1));
            random.NextBytes(message);
            // Keep the counts small so that many messages get as far as names and records.
            if (message.Length >= 12)
            {
                message[4] = 0;
                message[5] = (byte)(message[5] & 3);
                message[6] = 0;
                message[7] = (byte)(message[7] & 3);
            }

            try
            {
                DnsMessage.Parse(message);
                decoded++;
            }
            catch (DnsFormatException)
            {
            }
        }

        Assert.InRange(decoded, 1, 19999);
    }

    [Theory]
    [InlineData("0001 8180 0001 0000 0000 0000", "C0FF 0001 0001")]
    [InlineData("0001 8180 0001 0000 0000 0000", "C0")]
    [InlineData("0001 8180 0001 0000 0000 0000", "41 61 00 0001 0001")]
    [InlineData("0001 8180 0001 0000 0000 0000", "81 61 00 0001 0001")]
    [InlineData("0001 8180 0000 FFFF 0000 0000", "")]
    [InlineData("0001 8180 0000 0001 0000 0000", "00 0001 0001 00000000 0005 0102030405")]
    [InlineData("0001 8180 0000 0001 0000 0000", "00 001C 0001 00000000 0004 01020304")]
    [InlineData("0001 8180 0000 0001 0000 0000", "00 0005 0001 00000000 0002 01 61 00")]
    [InlineData("0001 8180 0000 0001 0000 0000", "00 0005 0001 00000000 0004 01 61 00 00")]
    [InlineData("0001 8180 0000 0001 0000 0000", "00 0010 0001 00000000 0009 01")]
    public void Parse_Malformed_ThrowsFormatException(string header, string rest)
    {
        Assert.Throws<DnsFormatException>(() => DnsMessage.Parse(Hex(header, rest)));
    }

    [Fact]
    public void Parse_HeaderFlags_ExposeResponseTruncatedAndRcode()
    {
        var response = DnsMessage.Parse(Hex("0102 8383 0000 0000 0000 0000"));

        Assert.Equal(0x0102, response.Id);
        Assert.True(response.IsResponse);
        Assert.True(response.Truncated);
        Assert.Equal(DnsRcodes.NxDomain, response.Rcode);
        Assert.Equal("NXDOMAIN", DnsRcodes.Name(response.Rcode));
    }

    [Fact]
    public void Parse_OddBytesInLabels_AreEscaped()
    {
        var response = DnsMessage.Parse(Hex("0001 8180 0002 0000 0000 0000", "04 612E5C00 01 62 00 0001 0001", "00 0001 0001"));

        Assert.Equal(@"a\.\\\000.b", response.Questions[0].Name);
        Assert.Equal(".", response.Questions[1].Name);
    }

    [Fact]
    public void Parse_OtherTypesAndClasses_KeepNoData()
    {
        var response = DnsMessage.Parse(Hex("0001 8180 0000 0002 0000 0000", "00 0010 0001 00000000 0002 0161", "00 0001 0003 00000000 0002 0161"));

        Assert.All(response.Answers, r => Assert.Null(r.Address));
        Assert.All(response.Answers, r => Assert.Null(r.Target));
        Assert.Equal([(ushort)16, (ushort)1], response.Answers.Select(r => r.Type));
    }

    private static byte[] Hex(params string[] parts) => Convert.FromHexString(string.Concat(parts).Replace(" ", "", StringComparison.Ordinal));
}
