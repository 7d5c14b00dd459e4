using MediaMonitor.Probing;
using MediaMonitor.Storage;
using MediaMonitor.Tests.Storage;
using MediaMonitor.Trends;

namespace MediaMonitor.Tests.Trends;

/// <summary>The trend suite on the store's SQL, over a real SQLite file.</summary>
public sealed class StoreTrendsTests : TrendSourceContract, IAsyncDisposable
{
    private readonly TestConfig _config = new();
    private SqliteStore? _store;

    protected override async Task<ITrendSource> SourceAsync(IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken)
    {
        _store = StoreFactory.Create(_config.DataFolder);
        await _store.InitializeAsync(cancellationToken);
        foreach (var m in measurements)
        {
            await _store.AppendAsync(m, cancellationToken);
        }

        return new StoreTrends(_store);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        _config.Dispose();
    }

    [Fact]
    public void Problems_NameTheBadGrainDimensionAndRange()
    {
        var at = DateTimeOffset.UnixEpoch;
        var problems = new TrendQuery("fortnight", ["outlet", "colour", "vantage"], at, at).Problems();

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("fortnight", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'colour' is not a dimension", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("at most two", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("must be after", StringComparison.Ordinal));
    }
}
