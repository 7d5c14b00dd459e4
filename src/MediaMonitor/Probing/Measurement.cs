using System.Text.Json.Serialization;

namespace MediaMonitor.Probing;

/// <summary>
/// One check of one target from one vantage. DNS, TCP and TLS describe the last hop attempted
/// (the one that failed, or the one that served the final page); <see cref="Http"/> carries the
/// whole redirect chain. Failures are OONI failure strings.
/// </summary>
public sealed record Measurement
{
    public required Guid Id { get; init; }
    public required string Url { get; init; }
    public string? List { get; init; }
    public string? Outlet { get; init; }

    /// <summary>The site list's category code for the URL (Citizen Lab's, e.g. NEWS, HUMR), when it came from a list.</summary>
    public string? Category { get; init; }

    public required string Vantage { get; init; }

    /// <summary>The vantage's country (ISO 3166 alpha-2) and network (ASN), as configured; ZZ and AS0 when unknown.</summary>
    public string VantageCountry { get; init; } = "ZZ";

    public string VantageNetwork { get; init; } = "AS0";
    public required DateTimeOffset StartedAt { get; init; }
    public DnsResult? Dns { get; init; }
    public IReadOnlyList<TcpConnectResult> Tcp { get; init; } = [];
    public TlsResult? Tls { get; init; }
    public HttpResult? Http { get; init; }

    /// <summary>The first failure that stopped the measurement, or null when a response was read.</summary>
    public string? Failure { get; init; }

    /// <summary>Which step failed: dns, tcp, tls, http, or null.</summary>
    public string? FailedPhase { get; init; }

    public required Timings Timings { get; init; }

    /// <summary>1 for the first measurement of a check; 2, 3... for the re-measurements of a suspected block.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>True for an attempt that was followed by another (a suspected block measured again): trends count the last attempt only.</summary>
    public bool Retried { get; init; }

    /// <summary>The same target measured from the control, close in time; null when there was none.</summary>
    public Measurement? Control { get; init; }

    /// <summary>This measurement judged against <see cref="Control"/>; null when not judged.</summary>
    public Analysis.Verdict? Verdict { get; init; }

    [JsonIgnore]
    public bool Succeeded => Failure is null;
}
