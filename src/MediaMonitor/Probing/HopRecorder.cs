namespace MediaMonitor.Probing;

/// <summary>
/// What one request of a check saw at the transport level. The probe hands it to the connect
/// callback through the request's options, so DNS, TCP and TLS are done (and timed) by us.
/// </summary>
internal sealed class HopRecorder(Uri url, TimeProvider time, int maxAddresses, TimeSpan connectTimeout, IReadOnlyDictionary<string, string[]> staticAnswers)
{
    public Uri Url { get; } = url;
    public TimeProvider Time { get; } = time;
    public int MaxAddresses { get; } = maxAddresses;
    public TimeSpan ConnectTimeout { get; } = connectTimeout;
    public IReadOnlyDictionary<string, string[]> StaticAnswers { get; } = staticAnswers;

    public DnsResult? Dns { get; set; }
    public List<TcpConnectResult> Tcp { get; } = [];
    public TlsResult? Tls { get; set; }

    /// <summary>dns, tcp or tls when the transport failed there.</summary>
    public string? FailedPhase { get; set; }

    public string? TransportFailure => FailedPhase switch
    {
        "dns" => Dns?.Failure,
        "tcp" => Tcp.Count > 0 ? Tcp[^1].Failure : null,
        "tls" => Tls?.Failure,
        _ => null,
    };

    /// <summary>When the connection was ready for the request (after TLS for https).</summary>
    public long? TransportReadyAt { get; set; }

    public double? ConnectMs => Tcp.LastOrDefault(t => t.Failure is null)?.Ms ?? Tcp.LastOrDefault()?.Ms;
}
