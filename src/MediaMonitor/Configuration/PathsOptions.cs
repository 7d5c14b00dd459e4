using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Configuration;

/// <summary>Where the operator's files and the program's own files live.</summary>
public sealed class PathsOptions
{
    public const string SectionName = "Paths";

    /// <summary>Folder with mediamonitor.json, sites/ and outlets/. Default ./config; set by --config.</summary>
    [Required]
    public string ConfigFolder { get; set; } = "config";

    /// <summary>Folder for the store, the scheduler database and logs. Default ./data; set by --data.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";
}
