using System.Buffers.Binary;
using System.Collections.Concurrent;
using MediaMonitor.Probing.Dns;

namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>
/// The table the loopback UDP/TCP and DoH servers answer from. Names match exactly (case
/// included), so a client that forgets to lowercase or IDNA-encode gets NXDOMAIN.
/// </summary>
internal sealed class DnsTestZone
{
    public const string Udp = "udp";
    public const string Tcp = "tcp";
    public const string Doh = "doh";

    private const ushort A = DnsRecordTypes.A;
    private const ushort Aaaa = DnsRecordTypes.Aaaa;
    private const ushort Cname = DnsRecordTypes.Cname;

    private readonly Dictionary<string, ZoneEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Name, ushort Type), int> _dropped = new();

    public ConcurrentQueue<ReceivedQuery> Queries { get; } = new();

    public static DnsTestZone Standard()
    {
        var zone = new DnsTestZone();
        zone.Add("both.test", new(DnsRcodes.NoError, [new("both.test", A, "192.0.2.1"), new("both.test", A, "192.0.2.2"), new("both.test", Aaaa, "2001:db8::1")]));
        zone.Add("v4only.test", new(DnsRcodes.NoError, [new("v4only.test", A, "192.0.2.3")]));
        zone.Add("v6only.test", new(DnsRcodes.NoError, [new("v6only.test", Aaaa, "2001:db8::6")]));
        zone.Add("chain.test", new(DnsRcodes.NoError,
        [
            new("chain.test", Cname, "mid.test"),
            // Records for a name outside the chain, as an injector might add: must not count.
            new("other.test", A, "203.0.113.66"),
            new("other.test", Cname, "elsewhere.test"),
            new("mid.test", Cname, "end.test"),
            new("end.test", A, "198.51.100.7"),
            new("end.test", Aaaa, "2001:db8::7"),
        ]));
        zone.Add("loop.test", new(DnsRcodes.NoError, [new("loop.test", Cname, "loop2.test"), new("loop2.test", Cname, "loop.test")]));
        zone.Add("nx.test", new(DnsRcodes.NxDomain, []));
        zone.Add("servfail.test", new(DnsRcodes.ServFail, []));
        zone.Add("refused.test", new(DnsRcodes.Refused, []));
        zone.Add("notimp.test", new(DnsRcodes.NotImp, []));
        zone.Add("empty.test", new(DnsRcodes.NoError, []));
        zone.Add("spoof.test", new(DnsRcodes.NoError, [new("spoof.test", A, "192.0.2.10")], ZoneBehavior.SpoofFirst));
        zone.Add("garbage.test", new(DnsRcodes.NoError, [], ZoneBehavior.Garbage));
        zone.Add("cut.test", new(DnsRcodes.NoError, [new("cut.test", A, "192.0.2.11"), new("cut.test", Aaaa, "2001:db8::11")], ZoneBehavior.CutShort));
        zone.Add("big.test", new(DnsRcodes.NoError, [.. Enumerable.Range(21, 4).Select(i => new ZoneRecord("big.test", A, $"192.0.2.{i}"))], ZoneBehavior.TruncatedOverUdp));
        zone.Add("slow.test", new(DnsRcodes.NoError, [new("slow.test", A, "192.0.2.30")], ZoneBehavior.DropFirst));
        zone.Add("silent.test", new(DnsRcodes.NoError, [], ZoneBehavior.Silent));
        zone.Add("mixed.test", new(DnsRcodes.NoError, [new("mixed.test", A, "192.0.2.40")]));
        // "пример.test": the IDNA form of пример is xn--e1afmkfd.
        zone.Add("xn--e1afmkfd.test", new(DnsRcodes.NoError, [new("xn--e1afmkfd.test", A, "192.0.2.50")]));
        return zone;
    }

    public void Add(string name, ZoneEntry entry) => _entries[name] = entry;

    public IEnumerable<ReceivedQuery> QueriesFor(string name) => Queries.Where(q => q.Name == name);

    /// <summary>The messages to send back, in order; empty to stay silent.</summary>
    public IReadOnlyList<byte[]> Respond(ReadOnlySpan<byte> message, string transport)
    {
        var query = DnsMessage.Parse(message);
        var question = query.Questions.Single();
        Queries.Enqueue(new ReceivedQuery(transport, query.Id, question.Name, question.Type));
        if (!_entries.TryGetValue(question.Name, out var entry))
        {
            return [DnsWire.Reply(query.Id, DnsWire.ReplyFlags(DnsRcodes.NxDomain), question, [])];
        }

        var answers = entry.Records.Where(r => r.Type == question.Type || r.Type == DnsRecordTypes.Cname).ToList();
        var reply = DnsWire.Reply(query.Id, DnsWire.ReplyFlags(entry.Rcode), question, answers);
        return entry.Behavior switch
        {
            ZoneBehavior.Normal => [reply],
            ZoneBehavior.Silent => [],
            ZoneBehavior.SpoofFirst when transport == Doh => [WrongId(query.Id, question)],
            ZoneBehavior.SpoofFirst when transport == Udp =>
            [
                [(byte)((query.Id >> 8) ^ 0x55), (byte)(query.Id ^ 0x55), 0xFF],
                WrongId(query.Id, question),
                DnsWire.Reply(query.Id, DnsWire.ReplyFlags(DnsRcodes.NoError), question with { Name = "evil.test" }, [new("evil.test", question.Type, Spoofed(question.Type))]),
                reply,
            ],
            ZoneBehavior.Garbage => [Garbage(query.Id)],
            ZoneBehavior.CutShort => [reply[..^3]],
            ZoneBehavior.TruncatedOverUdp when transport == Udp => [DnsWire.Reply(query.Id, DnsWire.ReplyFlags(DnsRcodes.NoError, truncated: true), question, [])],
            ZoneBehavior.DropFirst when _dropped.TryAdd((question.Name, question.Type), 1) => [],
            _ => [reply],
        };
    }

    private static byte[] WrongId(ushort id, DnsQuestion question) =>
        DnsWire.Reply((ushort)(id ^ 0x0101), DnsWire.ReplyFlags(DnsRcodes.NoError), question, [new(question.Name, question.Type, Spoofed(question.Type))]);

    private static string Spoofed(ushort type) => type == DnsRecordTypes.A ? "6.6.6.6" : "2001:db8::666";

    // A header claiming one question, then a label that runs past the end.
    private static byte[] Garbage(ushort id)
    {
        var bytes = new byte[] { 0, 0, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, 0x3F, 0x61, 0x62, 0x63 };
        BinaryPrimitives.WriteUInt16BigEndian(bytes, id);
        return bytes;
    }
}
