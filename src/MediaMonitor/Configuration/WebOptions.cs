using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Configuration;

/// <summary>The query API and dashboard. Off by default.</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Serve the web dashboard and query API. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Address to listen on. Default http://127.0.0.1:5080 (loopback only).</summary>
    [Required]
    public Uri Listen { get; set; } = new("http://127.0.0.1:5080");
}
