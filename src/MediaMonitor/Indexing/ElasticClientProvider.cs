using Elastic.Clients.Elasticsearch;
using MediaMonitor.Configuration;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Indexing;

/// <summary>One client per process, made on first use from the validated options.</summary>
public sealed class ElasticClientProvider(IOptions<ElasticsearchOptions> options)
{
    private readonly Lazy<ElasticsearchClient> _client = new(() => ElasticClientFactory.Create(options.Value));

    public ElasticsearchClient Client => _client.Value;
}
