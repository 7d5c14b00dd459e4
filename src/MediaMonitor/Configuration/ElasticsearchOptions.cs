using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Configuration;

/// <summary>
/// The research index. Off by default: the store works without it, and findings wait in the outbox
/// until it is switched on. Secrets (<see cref="ApiKey"/>, <see cref="Password"/>) are read from the
/// environment only: MEDIAMONITOR_Elasticsearch__ApiKey, MEDIAMONITOR_Elasticsearch__Password.
/// </summary>
public sealed class ElasticsearchOptions
{
    public const string SectionName = "Elasticsearch";

    /// <summary>Index findings into Elasticsearch while <c>run</c> runs. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Cluster node URLs. Default http://127.0.0.1:9200 (applied after binding: a list default would be appended to, not replaced).</summary>
    public List<Uri> Urls { get; set; } = [];

    public static readonly Uri DefaultUrl = new("http://127.0.0.1:9200");

    /// <summary>API key (the base64 "encoded" form); from the environment only, never in a file.</summary>
    public string? ApiKey { get; set; }

    /// <summary>User for basic authentication (e.g. elastic), used when no API key is given.</summary>
    public string? Username { get; set; }

    /// <summary>Password for <see cref="Username"/>; from the environment only, never in a file.</summary>
    public string? Password { get; set; }

    /// <summary>SHA-256 fingerprint of the cluster's CA certificate (hex, colons allowed), to trust a self-signed cluster over HTTPS.</summary>
    [RegularExpression("^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$", ErrorMessage = "CertificateFingerprint must be a SHA-256 fingerprint: 64 hex digits, colons allowed.")]
    public string? CertificateFingerprint { get; set; }

    /// <summary>Prefix of every index, template and policy name. Default "mediamonitor".</summary>
    [RegularExpression("^[a-z0-9][a-z0-9_-]{0,40}$", ErrorMessage = "IndexPrefix must be lower-case letters, digits, '-' or '_'.")]
    public string IndexPrefix { get; set; } = "mediamonitor";

    /// <summary>Replicas per index. Default 0 (a single node); set 1 or more on a cluster.</summary>
    [Range(0, 5)]
    public int Replicas { get; set; }

    /// <summary>How long raw measurements are kept in the index, counted from the end of their month. Default 365 days. Signals and changes are kept.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan MeasurementRetention { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Documents per bulk request at most. Default 2000.</summary>
    [Range(1, 50_000)]
    public int BatchSize { get; set; } = 2000;

    /// <summary>Bytes per bulk request at most (a batch stops before the document that would pass it). Default 8 MiB.</summary>
    [Range(4096, 100 * 1024 * 1024)]
    public int BatchBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How often the indexer looks at the outbox when it is empty. Default 2 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First wait before resending items refused with 429 or 5xx; doubles per try up to <see cref="MaxRetryDelay"/>. Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between tries, and how long the circuit stays open when the cluster is down. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed requests in a row (no answer, or 5xx for the whole request) that open the circuit. Default 3.</summary>
    [Range(1, 100)]
    public int CircuitBreakAfter { get; set; } = 3;

    /// <summary>Timeout of one request to the cluster. Default 60 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
