namespace MediaMonitor.Probing;

/// <summary>
/// What one request of a check saw at the transport level. The probe hands it to the connect
/// callback through the request's options, so DNS, TCP and TLS are done (and timed) by us.
/// </summary>
internal sealed class HopRecorder(Uri url, TimeProvider time, HopSettings settings)
{
    public Uri Url { get; } = url;
    public TimeProvider Time { get; } = time;
    public HopSettings Settings { get; } = settings;

    public DnsResult? Dns { get; set; }
    private readonly List<TcpConnectResult> _tcp = [];
    private bool _sealed;

    /// <summary>The connect attempts so far; a copy, since connects may still be finishing in the background.</summary>
    public IReadOnlyList<TcpConnectResult> Tcp
    {
        get
        {
            lock (_tcp)
            {
                return [.. _tcp];
            }
        }
    }

    public void AddTcp(TcpConnectResult result)
    {
        lock (_tcp)
        {
            if (!_sealed)
            {
                _tcp.Add(result);
            }
        }
    }

    /// <summary>The measurement is being written: what arrives later is not part of it.</summary>
    public void Seal()
    {
        lock (_tcp)
        {
            _sealed = true;
        }
    }
    public TlsResult? Tls { get; set; }

    /// <summary>dns, tcp or tls when the transport failed there.</summary>
    public string? FailedPhase { get; set; }

    public string? TransportFailure => FailedPhase switch
    {
        "dns" => Dns?.Failure,
        "tcp" => Tcp.FirstOrDefault(t => t.Failure is not null)?.Failure,
        "tls" => Tls?.Failure,
        _ => null,
    };

    /// <summary>The transport step under way (dns, tcp, tls), and since when; null once the connection is ready.</summary>
    public string? CurrentPhase { get; private set; }

    public long PhaseStartedAt { get; private set; }

    public void Enter(string phase)
    {
        CurrentPhase = phase;
        PhaseStartedAt = Time.GetTimestamp();
    }

    /// <summary>
    /// The request gave up (the check's time ran out) while the connection was still being made:
    /// the handler keeps connecting in the background, so the step under way is named here.
    /// </summary>
    public void Abandon(string failure)
    {
        if (FailedPhase is not null || CurrentPhase is null)
        {
            return;
        }

        var ms = Time.GetElapsedTime(PhaseStartedAt).TotalMilliseconds;
        var host = Url.HostNameType == UriHostNameType.IPv6 ? Url.DnsSafeHost : Url.IdnHost;
        switch (CurrentPhase)
        {
            case "dns":
                Dns ??= new DnsResult(Settings.Resolver?.Name ?? "system", host, [], failure, ms);
                break;
            case "tcp":
                AddTcp(new TcpConnectResult(host, Url.Port, failure, ms));
                break;
            case "tls":
                Tls ??= new TlsResult(host, null, null, [], failure, ms);
                break;
        }

        FailedPhase = CurrentPhase;
    }

    /// <summary>When the connection was ready for the request (after TLS for https).</summary>
    public long? TransportReadyAt { get; set; }

    public double? ConnectMs
    {
        get
        {
            var tcp = Tcp;
            return tcp.FirstOrDefault(t => t.Failure is null)?.Ms ?? (tcp.Count > 0 ? tcp[^1].Ms : null);
        }
    }
}
