namespace MediaMonitor.Probing.Dns;

/// <summary>One entry of a message's question section; <see cref="Name"/> as in <see cref="DnsRecord.Name"/>.</summary>
public sealed record DnsQuestion(string Name, ushort Type, ushort Class);
