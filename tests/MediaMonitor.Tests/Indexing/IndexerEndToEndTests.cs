using System.Text.Json.Nodes;
using MediaMonitor.Indexing;
using MediaMonitor.SiteFarm;
using MediaMonitor.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Tests.Indexing;

/// <summary>
/// The real program (`run`, indexing on) against the in-process fake of the Elasticsearch REST API:
/// measurements reach the index while the checks run, and a kill -9 mid-drain loses none: what was
/// not yet sent is sent by the next drain, each measurement once under its own id.
/// </summary>
public sealed class IndexerEndToEndTests : IAsyncLifetime
{
    private readonly TestConfig _config = new();
    private SiteFarm.SiteFarm _farm = null!;
    private FakeElasticsearch.FakeElasticsearch _es = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _farm = await SiteFarm.SiteFarm.StartAsync(new SiteFarmOptions { Addresses = SiteFarm.SiteFarm.LoopbackAddresses(20) }, ct);
        _es = await FakeElasticsearch.FakeElasticsearch.StartAsync(ct);
        _config.WriteSettings($$"""
            { "Monitor": { "Vantages": [ { "Name": "local", "Country": "KZ", "Network": "AS9198" } ] },
              "Scheduling": { "DefaultInterval": "00:00:01", "Jitter": "00:00:00" },
              "Elasticsearch": { "Enabled": true, "Urls": [ "{{_es.Url}}" ], "IndexPrefix": "mm", "BatchSize": 7, "FlushInterval": "00:00:00.100" } }
            """);
        var hosts = _farm.Addresses.Select(a => $"\"{a}\"");
        _config.WriteOutlets("farm", $$"""{ "outlets": [ { "id": "farm", "name": "Farm", "domains": [ {{string.Join(",", hosts)}} ] } ] }""");
        _config.WriteList("farm", Enumerable.Range(0, _farm.Addresses.Count).Select(i => $"{_farm.SiteUrl(i)},NEWS,News Media,2026-11-26,test,").ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await _es.DisposeAsync();
        await _farm.DisposeAsync();
        _config.Dispose();
    }

    [Fact]
    public async Task Run_WithIndexingOn_IndexesMeasurementsAndAKillLosesNone()
    {
        var ct = TestContext.Current.CancellationToken;
        using var program = Cli.RunningProgram.Run(_config);
        await program.RunUntilThenKillAsync(() => Indexed() >= 60, ct);

        Assert.True(Indexed() >= 60, $"only {Indexed()} documents reached the index; the program said:\n{program.LastLines(20)}");
        Assert.Contains(program.Output, l => l.Contains("Indexing the outbox into Elasticsearch at", StringComparison.Ordinal));

        // What the killed program had not sent yet, the next drain sends.
        await using (var store = StoreFactory.Create(_config.DataFolder))
        {
            await store.InitializeAsync(ct);
            var options = new MediaMonitor.Configuration.ElasticsearchOptions { Urls = [_es.Url], IndexPrefix = "mm" };
            var indexer = new OutboxIndexer(new ElasticClientProvider(Options.Create(options)), store, Options.Create(options), TimeProvider.System, NullLogger<OutboxIndexer>.Instance);
            var result = await indexer.DrainAsync(true, null, ct);
            Assert.Equal(0, result.Waiting);
        }

        var stored = SqliteQuery.Rows(_config.StorePath, "SELECT id FROM measurements").Select(r => (string)r["id"]!).ToHashSet(StringComparer.Ordinal);
        var indexed = _es.Indices.Where(i => i.Key.StartsWith("mm-measurements-", StringComparison.Ordinal)).SelectMany(i => i.Value.Keys).ToList();
        Assert.Equal(stored.Count, indexed.Count);
        Assert.True(stored.SetEquals(indexed));
        var doc = JsonNode.Parse(_es.Indices.First(i => i.Key.StartsWith("mm-measurements-", StringComparison.Ordinal)).Value.Values.First())!;
        Assert.Equal(("farm", "farm", "NEWS", "KZ", "AS9198"), ((string?)doc["outlet"], (string?)doc["list"], (string?)doc["category"], (string?)doc["country"], (string?)doc["network"]));
    }

    private int Indexed() => _es.Indices.Values.Sum(i => i.Count);
}
