namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>A record the test servers answer with; <see cref="Value"/> is an address or, for CNAME, the target.</summary>
internal sealed record ZoneRecord(string Name, ushort Type, string Value, uint Ttl = 300);
