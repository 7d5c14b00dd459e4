using MediaMonitor.Indexing;
using MediaMonitor.Probing;
using MediaMonitor.Tests.Indexing;
using MediaMonitor.Trends;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Tests.Trends;

/// <summary>The trend suite on a real cluster; skipped, with the reason, unless MEDIAMONITOR_TEST_ELASTICSEARCH_URL is set.</summary>
public sealed class ElasticTrendsRealClusterTests : TrendSourceContract, IAsyncDisposable
{
    private IndexingHarness? _harness;

    protected override async Task<ITrendSource> SourceAsync(IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken)
    {
        var url = RealCluster.Require();
        _harness = await IndexingHarness.StartAsync(configure: o => RealCluster.Configure(o, url));
        await _harness.Setup().RunAsync(cancellationToken);
        foreach (var m in measurements)
        {
            await _harness.Store.AppendAsync(m, cancellationToken);
        }

        var drained = await _harness.Indexer().DrainAsync(true, null, cancellationToken);
        Assert.Equal(measurements.Count, drained.Indexed);
        var clients = new ElasticClientProvider(Options.Create(_harness.Options));
        await RealCluster.RefreshAsync(clients, _harness.Options.IndexPrefix, cancellationToken);
        return new ElasticTrends(clients, Options.Create(_harness.Options));
    }

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await RealCluster.CleanUpAsync(new ElasticClientProvider(Options.Create(_harness.Options)), _harness.Options.IndexPrefix);
            await _harness.DisposeAsync();
        }
    }
}
