namespace MediaMonitor.Probing;

/// <summary>The vantage's proxy would not open the tunnel; the failure string says how.</summary>
internal sealed class ProxyException(string failure, string message) : Exception(message)
{
    public string Failure { get; } = failure;
}
