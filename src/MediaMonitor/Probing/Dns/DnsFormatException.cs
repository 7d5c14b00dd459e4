namespace MediaMonitor.Probing.Dns;

/// <summary>A DNS message that cannot be decoded: truncated, a bad pointer, a label type we do not know.</summary>
public sealed class DnsFormatException : Exception
{
    public DnsFormatException()
    {
    }

    public DnsFormatException(string message)
        : base(message)
    {
    }

    public DnsFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
