namespace MediaMonitor.Probing;

/// <summary>A resolver answered, but not with an address; the failure string says how.</summary>
internal sealed class DnsLookupException(string failure) : Exception($"DNS lookup failed: {failure}")
{
    public string Failure { get; } = failure;
}
