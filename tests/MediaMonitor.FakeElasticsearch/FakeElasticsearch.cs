using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaMonitor.FakeElasticsearch;

/// <summary>
/// A fake of the parts of the Elasticsearch 9 REST API that MediaMonitor uses, served by Kestrel on
/// 127.0.0.1: cluster info, templates, lifecycle policies, mappings, index creation, _bulk (each item
/// answered on its own) and _search with the composite aggregation the trend query sends. Every answer
/// carries X-Elastic-Product: Elasticsearch, as the client checks. Faults are scripted: an outage (the
/// connection is dropped), whole-request statuses, and per-item refusals. It also serves _count,
/// _cat/indices and deletes, so the real-cluster suites can be dry-run against it; it does not enforce mappings.
/// </summary>
public sealed class FakeElasticsearch : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _requestFaults = new();
    private readonly ConcurrentQueue<int> _bulkFaults = new();
    private long _bulkItems;
    private long _bulkRequests;
    private long _dropped;

    private FakeElasticsearch(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>While true, every connection is dropped without an answer, as when the cluster is down.</summary>
    public bool Down { get; set; }

    /// <summary>When set, a request without "Authorization: ApiKey {value}" is answered 401.</summary>
    public string? RequiredApiKey { get; set; }

    /// <summary>Keep each request with its body (tests); off for the benchmark, which sends millions.</summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>Keep indexed documents (tests and searches); off for the benchmark.</summary>
    public bool KeepDocuments { get; set; } = true;

    /// <summary>Called per bulk item (index, id, document); a non-null answer refuses the item with it.</summary>
    public Func<string, string, JsonElement, ItemFault?>? ItemFaults { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Documents by index, then id, as last indexed.</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<string, string>> Indices { get; } = new(StringComparer.Ordinal);

    /// <summary>Bodies of PUT templates and policies by path (e.g. /_index_template/mediamonitor-measurements).</summary>
    public ConcurrentDictionary<string, string> Definitions { get; } = new(StringComparer.Ordinal);

    public long BulkItems => Interlocked.Read(ref _bulkItems);

    public long BulkRequests => Interlocked.Read(ref _bulkRequests);

    /// <summary>Connections dropped while <see cref="Down"/>.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>The next requests (of any kind) are answered with these statuses, one each, before normal service resumes.</summary>
    public void FailNextRequests(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _requestFaults.Enqueue(status);
        }
    }

    /// <summary>The next _bulk requests are answered with these statuses, one each.</summary>
    public void FailNextBulks(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _bulkFaults.Enqueue(status);
        }
    }

    public IEnumerable<RecordedRequest> RequestsTo(string method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path);

    public static async Task<FakeElasticsearch> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 200 * 1024 * 1024;
        });
        var app = builder.Build();
        var fake = new FakeElasticsearch(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        fake.Url = new Uri(app.Urls.First());
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (Down)
        {
            Interlocked.Increment(ref _dropped);
            context.Abort();
            return;
        }

        var request = context.Request;
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        var path = request.Path.Value ?? "/";
        if (RecordRequests)
        {
            Requests.Enqueue(new RecordedRequest(request.Method, path, request.QueryString.Value ?? "", request.ContentType, request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, Encoding.UTF8.GetString(body)));
        }

        var response = context.Response;
        response.Headers["X-Elastic-Product"] = "Elasticsearch";
        response.ContentType = "application/json";
        if (RequiredApiKey is { } key && request.Headers.Authorization.ToString() != $"ApiKey {key}")
        {
            await Answer(response, 401, """{"error":{"type":"security_exception","reason":"missing authentication credentials"},"status":401}""").ConfigureAwait(false);
            return;
        }

        if (_requestFaults.TryDequeue(out var fault) || (path == "/_bulk" && _bulkFaults.TryDequeue(out fault)))
        {
            await Answer(response, fault, $$"""{"error":{"type":"fake_fault","reason":"scripted status {{fault}}"},"status":{{fault}}}""").ConfigureAwait(false);
            return;
        }

        var (status, answer) = Route(request.Method, path, body);
        await Answer(response, status, answer).ConfigureAwait(false);
    }

    private (int Status, string Body) Route(string method, string path, byte[] body)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (method, segments)
        {
            case ("GET", []) or ("HEAD", []):
                return (200, """{"name":"fake","cluster_name":"fake","cluster_uuid":"fake","version":{"number":"9.1.5","build_flavor":"default","lucene_version":"10.2.2","minimum_wire_compatibility_version":"8.19.0","minimum_index_compatibility_version":"8.0.0"},"tagline":"You Know, for Search"}""");
            case ("PUT", ["_component_template" or "_index_template", _]) or ("PUT", ["_ilm", "policy", _]):
                Definitions[path] = Encoding.UTF8.GetString(body);
                return (200, """{"acknowledged":true}""");
            case ("PUT", [_, "_mapping"]):
                return (200, """{"acknowledged":true}""");
            case ("HEAD", [var index]):
                return (Indices.ContainsKey(index) ? 200 : 404, "");
            case ("PUT", [var index]):
                return Indices.TryAdd(index, new ConcurrentDictionary<string, string>(StringComparer.Ordinal))
                    ? (200, $$"""{"acknowledged":true,"shards_acknowledged":true,"index":"{{index}}"}""")
                    : (400, $$"""{"error":{"type":"resource_already_exists_exception","reason":"index [{{index}}] already exists"},"status":400}""");
            case ("POST" or "PUT", ["_bulk"]):
                return (200, Bulk(body));
            case ("POST" or "GET", [var index, "_search"]):
                return CompositeSearch.Run(Documents(index), body);
            case ("GET" or "POST", [var target, "_count"]):
                return (200, $$"""{"count":{{Documents(target).LongCount()}}}""");
            case ("GET", ["_cat", "indices", var pattern]):
                return (200, "[" + string.Join(',', Indices.Keys.Where(n => Matches(n, pattern)).Select(n => $$"""{"index":"{{n}}"}""")) + "]");
            case ("DELETE", ["_index_template" or "_component_template", _]) or ("DELETE", ["_ilm", "policy", _]):
                return Definitions.TryRemove(path, out _) ? (200, """{"acknowledged":true}""") : (404, $$"""{"error":{"type":"resource_not_found_exception","reason":"{{path}} missing"},"status":404}""");
            case ("DELETE", [var index]):
                return Indices.TryRemove(index, out _) ? (200, """{"acknowledged":true}""") : (404, $$"""{"error":{"type":"index_not_found_exception","reason":"no such index [{{index}}]"},"status":404}""");
            case ("POST", [_, "_refresh"]) or ("POST", ["_refresh"]):
                return (200, """{"_shards":{"total":1,"successful":1,"failed":0}}""");
            default:
                return (404, $$"""{"error":{"type":"fake_unsupported","reason":"the fake does not serve {{method}} {{path}}"},"status":404}""");
        }
    }

    private static bool Matches(string name, string pattern) =>
        pattern.EndsWith('*') ? name.StartsWith(pattern.TrimEnd('*'), StringComparison.Ordinal) : name == pattern;

    // An index name, a comma list, a trailing * pattern, or an alias named like the indices' prefix.
    private IEnumerable<JsonElement> Documents(string target)
    {
        foreach (var part in target.Split(','))
        {
            var prefix = part.TrimEnd('*');
            foreach (var (name, docs) in Indices)
            {
                if (name == part || (part.EndsWith('*') && name.StartsWith(prefix, StringComparison.Ordinal)) || name.StartsWith(part + "-", StringComparison.Ordinal))
                {
                    foreach (var doc in docs.Values)
                    {
                        yield return JsonDocument.Parse(doc).RootElement;
                    }
                }
            }
        }
    }

    private string Bulk(byte[] body)
    {
        Interlocked.Increment(ref _bulkRequests);
        var items = new StringBuilder(body.Length / 8);
        var errors = false;
        var span = body.AsSpan();
        var first = true;
        while (span.Length > 0)
        {
            var end = span.IndexOf((byte)'\n');
            var actionLine = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[(end + 1)..];
            if (actionLine.Trim((byte)' ').Length == 0)
            {
                continue;
            }

            end = span.IndexOf((byte)'\n');
            var sourceLine = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[(end + 1)..];

            using var action = JsonDocument.Parse(actionLine.ToArray());
            var op = action.RootElement.EnumerateObject().First();
            var index = op.Value.GetProperty("_index").GetString()!;
            var id = op.Value.GetProperty("_id").GetString()!;
            Interlocked.Increment(ref _bulkItems);
            string item;
            ItemFault? fault = null;
            if (ItemFaults is { } faults)
            {
                using var source = JsonDocument.Parse(sourceLine.ToArray());
                fault = faults(index, id, source.RootElement);
            }

            if (fault is not null)
            {
                errors = true;
                item = "{\"" + op.Name + "\":{\"_index\":\"" + index + "\",\"_id\":\"" + id + "\",\"status\":" + fault.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + ",\"error\":{\"type\":\"" + fault.Type + "\",\"reason\":" + JsonSerializer.Serialize(fault.Reason) + "}}}";
            }
            else
            {
                var created = true;
                if (KeepDocuments)
                {
                    var docs = Indices.GetOrAdd(index, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
                    created = !docs.ContainsKey(id);
                    docs[id] = Encoding.UTF8.GetString(sourceLine);
                }

                item = created
                    ? $$$"""{"{{{op.Name}}}":{"_index":"{{{index}}}","_id":"{{{id}}}","_version":1,"result":"created","status":201}}"""
                    : $$$"""{"{{{op.Name}}}":{"_index":"{{{index}}}","_id":"{{{id}}}","_version":2,"result":"updated","status":200}}""";
            }

            items.Append(first ? "" : ",").Append(item);
            first = false;
        }

        return $$"""{"took":1,"errors":{{(errors ? "true" : "false")}},"items":[{{items}}]}""";
    }

    private static async Task Answer(HttpResponse response, int status, string body)
    {
        response.StatusCode = status;
        if (body.Length > 0)
        {
            await response.WriteAsync(body).ConfigureAwait(false);
        }
    }
}
