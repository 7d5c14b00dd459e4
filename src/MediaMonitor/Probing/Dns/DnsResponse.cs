namespace MediaMonitor.Probing.Dns;

/// <summary>A decoded DNS message: header, question section and answer section (authority and additional are skipped).</summary>
public sealed record DnsResponse(ushort Id, ushort Flags, IReadOnlyList<DnsQuestion> Questions, IReadOnlyList<DnsRecord> Answers)
{
    /// <summary>The QR bit: a reply rather than a query.</summary>
    public bool IsResponse => (Flags & 0x8000) != 0;

    /// <summary>The TC bit: the reply did not fit in a UDP datagram and should be asked again over TCP.</summary>
    public bool Truncated => (Flags & 0x0200) != 0;

    /// <summary>The 4-bit header rcode (no EDNS extension: our queries carry no OPT record).</summary>
    public int Rcode => Flags & 0x000F;
}
