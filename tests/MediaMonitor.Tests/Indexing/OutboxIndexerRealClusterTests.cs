using MediaMonitor.Indexing;
using Microsoft.Extensions.Options;
using EsMethod = Elastic.Transport.HttpMethod;

namespace MediaMonitor.Tests.Indexing;

/// <summary>The indexer against a real cluster; skipped, with the reason, unless MEDIAMONITOR_TEST_ELASTICSEARCH_URL is set.</summary>
public sealed class OutboxIndexerRealClusterTests : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 10, 30, 12, 0, 0, TimeSpan.Zero);
    private IndexingHarness? _harness;

    private ElasticClientProvider Clients => new(Options.Create(_harness!.Options));

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await RealCluster.CleanUpAsync(Clients, _harness.Options.IndexPrefix);
            await _harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task Setup_Twice_ThenDrainAndResend_IndexesEachFindingOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var url = RealCluster.Require();
        _harness = await IndexingHarness.StartAsync(configure: o => RealCluster.Configure(o, url));
        await _harness.Setup().RunAsync(ct);
        await _harness.Setup().RunAsync(ct);
        for (var i = 0; i < 50; i++)
        {
            await _harness.Store.AppendAsync(IndexingHarness.Sample(T0.AddHours(i * 3)), ct);
        }

        var first = await _harness.Indexer().DrainAsync(true, null, ct);
        await Backfill.QueueAsync(_harness.Store, T0, ct);
        var second = await _harness.Indexer().DrainAsync(true, null, ct);
        await RealCluster.RefreshAsync(Clients, _harness.Options.IndexPrefix, ct);

        Assert.Equal((50L, 50L, 0L), (first.Indexed, second.Indexed, second.SetAside));
        Assert.Equal(50, await RealCluster.CountAsync(Clients, $"{_harness.Options.IndexPrefix}-measurements", ct));
    }

    [Fact]
    public async Task Drain_MappingConflict_IsSetAsideWithTheClustersReason()
    {
        var ct = TestContext.Current.CancellationToken;
        var url = RealCluster.Require();
        _harness = await IndexingHarness.StartAsync(configure: o => RealCluster.Configure(o, url));
        await _harness.Setup().RunAsync(ct);

        // An index made by hand with "outlet" as a number: our keyword outlets cannot go in.
        var prefix = _harness.Options.IndexPrefix;
        var created = await ElasticRaw.SendAsync(Clients.Client, EsMethod.PUT, $"/{prefix}-measurements-2026.10", """{"mappings":{"properties":{"outlet":{"type":"long"}}}}""", ct);
        Assert.True(created.Ok, created.Describe());
        await _harness.Store.AppendAsync(IndexingHarness.Sample(T0), ct);
        await _harness.Store.AppendAsync(IndexingHarness.Sample(T0.AddMonths(1)), ct);

        var result = await _harness.Indexer().DrainAsync(true, null, ct);

        Assert.Equal((1L, 1L, 0L), (result.Indexed, result.SetAside, result.Waiting));
    }
}
