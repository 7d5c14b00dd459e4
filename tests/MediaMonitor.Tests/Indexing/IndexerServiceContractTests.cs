using MediaMonitor.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Tests.Indexing;

/// <summary>Contract tests: the indexing service (what `run` starts) against the in-process fake of the Elasticsearch REST API.</summary>
public sealed class IndexerServiceContractTests
{
    [Fact]
    public async Task Service_ClusterDownAtStart_SendsNothingUntilTheTemplatesAreInPlace()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IndexingHarness.StartAsync();
        await h.Store.AppendAsync(IndexingHarness.Sample(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero)), ct);
        h.Es.Down = true;
        var options = Options.Create(h.Options);
        var clients = new ElasticClientProvider(options);
        using var service = new IndexerService(
            h.Indexer(), new IndexSetup(clients, options, NullLogger<IndexSetup>.Instance), h.Store, options, TimeProvider.System, NullLogger<IndexerService>.Instance);

        await service.StartAsync(ct);
        try
        {
            // Setup is tried again and again while the cluster is down.
            while (h.Es.Dropped < 3)
            {
                await Task.Delay(10, ct);
            }

            h.Es.Down = false;
            while (h.Es.BulkItems == 0)
            {
                await Task.Delay(10, ct);
            }
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        var paths = h.Es.Requests.Select(r => r.Method + " " + r.Path).ToList();
        var template = paths.IndexOf("PUT /_index_template/mm-measurements");
        var index = paths.IndexOf("PUT /mm-measurements-2026.11");
        Assert.True(template >= 0 && index > template, string.Join("\n", paths));
        Assert.Single(h.Es.Indices["mm-measurements-2026.11"]);
    }
}
