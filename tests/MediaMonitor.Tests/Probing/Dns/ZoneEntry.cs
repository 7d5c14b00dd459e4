namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>What the test servers answer for one name: an rcode, records (CNAMEs always, others by type), a behaviour.</summary>
internal sealed record ZoneEntry(int Rcode, IReadOnlyList<ZoneRecord> Records, ZoneBehavior Behavior = ZoneBehavior.Normal);
