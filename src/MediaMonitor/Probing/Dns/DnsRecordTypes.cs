namespace MediaMonitor.Probing.Dns;

/// <summary>The record types and class the probe asks about or follows.</summary>
public static class DnsRecordTypes
{
    public const ushort A = 1;
    public const ushort Cname = 5;
    public const ushort Aaaa = 28;

    public const ushort ClassInternet = 1;
}
