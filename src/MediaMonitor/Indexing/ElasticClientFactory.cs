using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using MediaMonitor.Configuration;

namespace MediaMonitor.Indexing;

/// <summary>The one way a client is made: from validated options, secrets from the environment.</summary>
public static class ElasticClientFactory
{
    public static ElasticsearchClient Create(ElasticsearchOptions options)
    {
        var urls = Urls(options);
        NodePool pool = urls.Count == 1
            ? new SingleNodePool(urls[0])
            : new StaticNodePool(urls, randomize: false);
        var settings = new ElasticsearchClientSettings(pool);
        settings
            .RequestTimeout(options.RequestTimeout)
            .MaximumRetries(urls.Count - 1)
            .EnableHttpCompression(false)
            .ThrowExceptions(false);
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? string.Empty));
        }

        if (!string.IsNullOrEmpty(options.CertificateFingerprint))
        {
            settings.CertificateFingerprint(options.CertificateFingerprint);
        }

        return new ElasticsearchClient(settings);
    }

    /// <summary>Where the client connects and how it authenticates, without the secret, for logs and <c>index status</c>.</summary>
    public static string Describe(ElasticsearchOptions options)
    {
        var auth = !string.IsNullOrEmpty(options.ApiKey) ? "API key"
            : !string.IsNullOrEmpty(options.Username) ? $"user {options.Username}"
            : "no authentication";
        // Scheme, host and port only: a URL may carry user:password, which must not reach a log.
        return $"{string.Join(", ", Urls(options).Select(u => $"{u.Scheme}://{u.Host}:{u.Port}"))} ({auth})";
    }

    private static List<Uri> Urls(ElasticsearchOptions options) => options.Urls.Count > 0 ? options.Urls : [ElasticsearchOptions.DefaultUrl];
}
