using System.Net;

namespace MediaMonitor.Probing.Dns;

/// <summary>
/// One answer record. <see cref="Name"/> is in presentation form without the final dot (the root is
/// <c>.</c>), case kept as sent, with <c>\.</c>, <c>\\</c> and <c>\DDD</c> escapes for bytes that are
/// not plain printable ASCII. <see cref="Address"/> is set for IN A and AAAA, <see cref="Target"/> for
/// CNAME; other types keep neither.
/// </summary>
public sealed record DnsRecord(string Name, ushort Type, ushort Class, uint Ttl, IPAddress? Address, string? Target);
