using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaMonitor.Configuration;
using MediaMonitor.Indexing;
using Microsoft.Extensions.Options;
using EsMethod = Elastic.Transport.HttpMethod;

namespace MediaMonitor.Trends;

/// <summary>
/// Trends from the index: one composite aggregation (a date_histogram source and a terms source per
/// dimension, missing values kept), paged with after_key, with the outcome counts as sub-aggregations.
/// </summary>
public sealed class ElasticTrends(ElasticClientProvider clients, IOptions<ElasticsearchOptions> options) : ITrendSource
{
    private const int PageSize = 1000;

    public string Name => "elasticsearch";

    public async Task<IReadOnlyList<TrendRow>> QueryAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        var problems = query.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }

        var index = new IndexNames(options.Value.IndexPrefix).Measurements;
        var rows = new List<TrendRow>();
        JsonObject? after = null;
        do
        {
            var body = Request(query, after);
            var answer = await ElasticRaw.SendAsync(clients.Client, EsMethod.POST, $"/{index}/_search?ignore_unavailable=true&allow_no_indices=true", body.ToJsonString(), cancellationToken).ConfigureAwait(false);
            if (!answer.Ok)
            {
                throw new IndexingException($"trend query on {index} failed: {answer.Describe()}");
            }

            after = Read(answer.Body, query, rows);
        }
        while (after is not null);

        return rows;
    }

    /// <summary>The search body; public so the contract tests can pin it.</summary>
    public static JsonObject Request(TrendQuery query, JsonObject? after)
    {
        var filters = new JsonArray
        {
            new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["@timestamp"] = new JsonObject
                    {
                        ["gte"] = Iso(query.Since),
                        ["lt"] = Iso(query.Until),
                    },
                },
            },
            new JsonObject { ["term"] = new JsonObject { ["retried"] = false } },
        };
        foreach (var (dimension, value) in query.Where)
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { [TrendQuery.Dimensions[dimension].Field] = value } });
        }

        var sources = new JsonArray
        {
            new JsonObject
            {
                ["bucket"] = new JsonObject
                {
                    ["date_histogram"] = new JsonObject
                    {
                        ["field"] = "@timestamp",
                        ["calendar_interval"] = query.Grain,
                        ["time_zone"] = "UTC",
                    },
                },
            },
        };
        foreach (var dimension in query.By)
        {
            sources.Add(new JsonObject
            {
                [dimension] = new JsonObject
                {
                    ["terms"] = new JsonObject { ["field"] = TrendQuery.Dimensions[dimension].Field, ["missing_bucket"] = true },
                },
            });
        }

        var composite = new JsonObject { ["size"] = PageSize, ["sources"] = sources };
        if (after is not null)
        {
            composite["after"] = after;
        }

        return new JsonObject
        {
            ["size"] = 0,
            ["track_total_hits"] = false,
            ["query"] = new JsonObject { ["bool"] = new JsonObject { ["filter"] = filters } },
            ["aggs"] = new JsonObject
            {
                ["trend"] = new JsonObject
                {
                    ["composite"] = composite,
                    ["aggs"] = new JsonObject
                    {
                        ["outcome"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "outcome", ["size"] = 3 } },
                        ["confirmed"] = new JsonObject { ["filter"] = new JsonObject { ["term"] = new JsonObject { ["confirmed"] = true } } },
                    },
                },
            },
        };
    }

    // Adds the page's rows; returns the after_key when the page was full (there may be more).
    private static JsonObject? Read(byte[] body, TrendQuery query, List<TrendRow> rows)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("aggregations", out var aggregations))
        {
            // No measurements index yet: nothing to count.
            return null;
        }

        var trend = aggregations.GetProperty("trend");
        var buckets = trend.GetProperty("buckets");
        foreach (var bucket in buckets.EnumerateArray())
        {
            var key = bucket.GetProperty("key");
            var start = DateTimeOffset.FromUnixTimeMilliseconds(key.GetProperty("bucket").GetInt64());
            var keys = query.By.Select(d => key.TryGetProperty(d, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).ToArray();
            long ok = 0, anomaly = 0, failure = 0;
            foreach (var outcome in bucket.GetProperty("outcome").GetProperty("buckets").EnumerateArray())
            {
                var count = outcome.GetProperty("doc_count").GetInt64();
                switch (outcome.GetProperty("key").GetString())
                {
                    case "ok": ok = count; break;
                    case "anomaly": anomaly = count; break;
                    default: failure += count; break;
                }
            }

            rows.Add(new TrendRow(start, keys, bucket.GetProperty("doc_count").GetInt64(), ok, anomaly, bucket.GetProperty("confirmed").GetProperty("doc_count").GetInt64(), failure));
        }

        return buckets.GetArrayLength() == PageSize && trend.TryGetProperty("after_key", out var afterKey)
            ? JsonNode.Parse(afterKey.GetRawText())!.AsObject()
            : null;
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
