using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace MediaMonitor.Indexing;

/// <summary>
/// Requests whose bodies we write ourselves (templates from files, bulk NDJSON, aggregations) through
/// the client's transport, so authentication, node pool, product check and timeouts are the client's.
/// </summary>
internal static class ElasticRaw
{
    private const string Json = "application/vnd.elasticsearch+json; compatible-with=9";
    private const string NdJson = "application/vnd.elasticsearch+x-ndjson; compatible-with=9";

    private static readonly RequestConfiguration JsonRequest = new() { ContentType = Json, Accept = Json };
    private static readonly RequestConfiguration NdJsonRequest = new() { ContentType = NdJson, Accept = Json };

    public static async Task<ElasticAnswer> SendAsync(
        ElasticsearchClient client, Elastic.Transport.HttpMethod method, string path, ReadOnlyMemory<byte>? body, CancellationToken cancellationToken, bool ndjson = false)
    {
        var response = await client.Transport.RequestAsync<BytesResponse>(
            method, path, body is { } b ? PostData.ReadOnlyMemory(b) : null, ndjson ? NdJsonRequest : JsonRequest, cancellationToken).ConfigureAwait(false);
        var details = response.ApiCallDetails;
        return new ElasticAnswer(details.HttpStatusCode, response.Body ?? [], details.OriginalException);
    }

    public static Task<ElasticAnswer> SendAsync(
        ElasticsearchClient client, Elastic.Transport.HttpMethod method, string path, string? body, CancellationToken cancellationToken) =>
        SendAsync(client, method, path, body is null ? null : System.Text.Encoding.UTF8.GetBytes(body), cancellationToken);
}
