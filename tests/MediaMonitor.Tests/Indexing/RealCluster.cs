using System.Text.Json;
using MediaMonitor.Configuration;
using MediaMonitor.Indexing;
using EsMethod = Elastic.Transport.HttpMethod;

namespace MediaMonitor.Tests.Indexing;

/// <summary>
/// A real Elasticsearch cluster for the suites that need one: MEDIAMONITOR_TEST_ELASTICSEARCH_URL
/// (e.g. http://127.0.0.1:9200 after `docker compose up elasticsearch`), with
/// MEDIAMONITOR_TEST_ELASTICSEARCH_APIKEY or _USERNAME and _PASSWORD when security is on. Without the
/// URL the tests are skipped, saying so. Each test works under its own index prefix and deletes it after.
/// </summary>
internal static class RealCluster
{
    public const string UrlVariable = "MEDIAMONITOR_TEST_ELASTICSEARCH_URL";

    public static readonly string SkipReason =
        $"{UrlVariable} is not set: no Elasticsearch cluster to test against (set it to e.g. http://127.0.0.1:9200 after `docker compose up -d elasticsearch`, with MEDIAMONITOR_TEST_ELASTICSEARCH_USERNAME/_PASSWORD or _APIKEY)";

    public static Uri? Url => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? new Uri(url) : null;

    /// <summary>Skips the calling test, with the reason, when no cluster is configured.</summary>
    public static Uri Require()
    {
        Assert.SkipWhen(Url is null, SkipReason);
        return Url!;
    }

    public static void Configure(ElasticsearchOptions options, Uri url)
    {
        options.Urls = [url];
        options.ApiKey = Environment.GetEnvironmentVariable("MEDIAMONITOR_TEST_ELASTICSEARCH_APIKEY");
        options.Username = Environment.GetEnvironmentVariable("MEDIAMONITOR_TEST_ELASTICSEARCH_USERNAME");
        options.Password = Environment.GetEnvironmentVariable("MEDIAMONITOR_TEST_ELASTICSEARCH_PASSWORD");
        options.IndexPrefix = "mmtest-" + Guid.NewGuid().ToString("N")[..10];
    }

    public static async Task RefreshAsync(ElasticClientProvider clients, string prefix, CancellationToken cancellationToken)
    {
        var answer = await ElasticRaw.SendAsync(clients.Client, EsMethod.POST, $"/{prefix}-*/_refresh", (string?)null, cancellationToken);
        Assert.True(answer.Ok, answer.Describe());
    }

    public static async Task<long> CountAsync(ElasticClientProvider clients, string target, CancellationToken cancellationToken)
    {
        var answer = await ElasticRaw.SendAsync(clients.Client, EsMethod.GET, $"/{target}/_count", (string?)null, cancellationToken);
        Assert.True(answer.Ok, answer.Describe());
        using var json = JsonDocument.Parse(answer.Body);
        return json.RootElement.GetProperty("count").GetInt64();
    }

    /// <summary>Deletes the test's indices (by name: wildcard deletes are refused by default), templates and policy.</summary>
    public static async Task CleanUpAsync(ElasticClientProvider clients, string prefix)
    {
        var client = clients.Client;
        var list = await ElasticRaw.SendAsync(client, EsMethod.GET, $"/_cat/indices/{prefix}-*?format=json&h=index", (string?)null, CancellationToken.None);
        if (list.Ok)
        {
            using var json = JsonDocument.Parse(list.Body);
            foreach (var index in json.RootElement.EnumerateArray())
            {
                await ElasticRaw.SendAsync(client, EsMethod.DELETE, "/" + index.GetProperty("index").GetString(), (string?)null, CancellationToken.None);
            }
        }

        foreach (var kind in IndexTemplates.Kinds)
        {
            await ElasticRaw.SendAsync(client, EsMethod.DELETE, $"/_index_template/{prefix}-{kind}", (string?)null, CancellationToken.None);
        }

        foreach (var name in IndexTemplates.Kinds.Concat(["settings", "common"]))
        {
            await ElasticRaw.SendAsync(client, EsMethod.DELETE, $"/_component_template/{prefix}-{name}", (string?)null, CancellationToken.None);
        }

        await ElasticRaw.SendAsync(client, EsMethod.DELETE, $"/_ilm/policy/{prefix}-measurements-retention", (string?)null, CancellationToken.None);
    }
}
