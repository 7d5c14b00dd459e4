using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Storage;

/// <summary>The system of record.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>"sqlite" (embedded, one file). PostgreSQL comes with multi-node deployments.</summary>
    [Required, RegularExpression("^sqlite$", ErrorMessage = "only 'sqlite' is supported so far")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>SQLite file, relative to the data folder unless absolute. Default mediamonitor.db.</summary>
    [Required]
    public string SqliteFile { get; set; } = "mediamonitor.db";

    /// <summary>Measurements written per transaction at most; each with its outbox row. Default 256.</summary>
    [Range(1, 10_000)]
    public int WriteBatchSize { get; set; } = 256;

    /// <summary>How long a writer waits for a lock held by another process, in milliseconds. Default 10000.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMs { get; set; } = 10_000;
}
