using System.ComponentModel.DataAnnotations;

namespace MediaMonitor.Configuration;

/// <summary>The research index. Off by default: the store works without it.</summary>
public sealed class ElasticsearchOptions
{
    public const string SectionName = "Elasticsearch";

    /// <summary>Index findings into Elasticsearch. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Cluster node URLs. Default http://127.0.0.1:9200.</summary>
    [MinLength(1)]
    public List<Uri> Urls { get; set; } = [new Uri("http://127.0.0.1:9200")];

    /// <summary>API key; give it through the environment (MEDIAMONITOR_Elasticsearch__ApiKey), never in the file.</summary>
    public string? ApiKey { get; set; }
}
