using System.Text.Json.Nodes;
using MediaMonitor.Indexing;
using MediaMonitor.Probing;
using MediaMonitor.Tests.Indexing;
using MediaMonitor.Trends;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Tests.Trends;

/// <summary>
/// Contract tests: the trend suite on Elasticsearch aggregations, with the findings sent by the real
/// indexer and queried by the real client, against the in-process fake of the REST API (which evaluates
/// the composite aggregation itself).
/// </summary>
public sealed class ElasticTrendsContractTests : TrendSourceContract, IAsyncDisposable
{
    private IndexingHarness? _harness;

    protected override async Task<ITrendSource> SourceAsync(IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken)
    {
        _harness = await IndexingHarness.StartAsync();
        foreach (var m in measurements)
        {
            await _harness.Store.AppendAsync(m, cancellationToken);
        }

        var drained = await _harness.Indexer().DrainAsync(true, null, cancellationToken);
        Assert.Equal(measurements.Count, drained.Indexed);
        return new ElasticTrends(new ElasticClientProvider(Options.Create(_harness.Options)), Options.Create(_harness.Options));
    }

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task QueryAsync_SendsOneCompositeAggregationToTheMeasurementsAlias()
    {
        var ct = TestContext.Current.CancellationToken;
        var source = await SourceAsync(Sample(), ct);
        var since = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        await source.QueryAsync(new TrendQuery("week", ["outlet", "vantage"], since, since.AddDays(30)) { Where = new Dictionary<string, string> { ["country"] = "KZ" } }, ct);

        var search = Assert.Single(_harness!.Es.Requests, r => r.Path.EndsWith("/_search", StringComparison.Ordinal));
        Assert.Equal("/mm-measurements/_search", search.Path);
        var expected = JsonNode.Parse("""
            {"size":0,"track_total_hits":false,
             "query":{"bool":{"filter":[
               {"range":{"@timestamp":{"gte":"2026-11-01T00:00:00.000Z","lt":"2026-12-01T00:00:00.000Z"}}},
               {"term":{"retried":false}},
               {"term":{"country":"KZ"}}]}},
             "aggs":{"trend":{
               "composite":{"size":1000,"sources":[
                 {"bucket":{"date_histogram":{"field":"@timestamp","calendar_interval":"week","time_zone":"UTC"}}},
                 {"outlet":{"terms":{"field":"outlet","missing_bucket":true}}},
                 {"vantage":{"terms":{"field":"vantage","missing_bucket":true}}}]},
               "aggs":{"outcome":{"terms":{"field":"outcome","size":3}},"confirmed":{"filter":{"term":{"confirmed":true}}}}}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(search.Body)), search.Body);
    }

    [Fact]
    public async Task QueryAsync_ClusterRefuses_FailsWithItsAnswer()
    {
        var ct = TestContext.Current.CancellationToken;
        var source = await SourceAsync([], ct);
        _harness!.Es.FailNextRequests(503);

        var e = await Assert.ThrowsAsync<IndexingException>(() => source.QueryAsync(new TrendQuery("day", [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1)), ct));

        Assert.Contains("HTTP 503", e.Message, StringComparison.Ordinal);
    }
}
