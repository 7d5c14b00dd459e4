namespace MediaMonitor.Evidence;

/// <summary>Where and how <see cref="WarcWriter"/> writes its files.</summary>
public sealed class WarcWriterOptions
{
    /// <summary>256 MiB.</summary>
    public const long DefaultMaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Folder the .warc.gz files go to; created when missing. Required.</summary>
    public string Folder { get; set; } = "";

    /// <summary>
    /// A new file is started before an exchange that would take the current one past this size, in bytes
    /// (compressed). A single exchange larger than this still goes whole into one file. Default 256 MiB.
    /// </summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>The <c>software</c> field of each file's warcinfo record. Default <c>MediaMonitor</c> and its version.</summary>
    public string Software { get; set; } = "MediaMonitor/" + (typeof(WarcWriterOptions).Assembly.GetName().Version?.ToString(3) ?? "0");
}
