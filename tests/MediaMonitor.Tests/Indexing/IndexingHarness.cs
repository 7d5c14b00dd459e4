using MediaMonitor.Analysis;
using MediaMonitor.Configuration;
using MediaMonitor.FakeElasticsearch;
using MediaMonitor.Indexing;
using MediaMonitor.Probing;
using MediaMonitor.Storage;
using MediaMonitor.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Tests.Indexing;

/// <summary>A real SQLite store and the in-process fake of the Elasticsearch REST API on loopback, with an indexer between them.</summary>
internal sealed class IndexingHarness : IAsyncDisposable
{
    private IndexingHarness(TestConfig config, SqliteStore store, FakeElasticsearch.FakeElasticsearch es, ElasticsearchOptions options, TimeProvider time)
    {
        Config = config;
        Store = store;
        Es = es;
        Options = options;
        Time = time;
    }

    public TestConfig Config { get; }

    public SqliteStore Store { get; }

    public FakeElasticsearch.FakeElasticsearch Es { get; }

    public ElasticsearchOptions Options { get; }

    public TimeProvider Time { get; }

    public static async Task<IndexingHarness> StartAsync(TimeProvider? time = null, Action<ElasticsearchOptions>? configure = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var config = new TestConfig();
        time ??= TimeProvider.System;
        var store = StoreFactory.Create(config.DataFolder, time);
        await store.InitializeAsync(ct);
        var es = await FakeElasticsearch.FakeElasticsearch.StartAsync(ct);
        var options = new ElasticsearchOptions
        {
            Enabled = true,
            Urls = [es.Url],
            IndexPrefix = "mm",
            RetryDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryDelay = TimeSpan.FromMilliseconds(40),
            RequestTimeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        return new IndexingHarness(config, store, es, options, time);
    }

    public OutboxIndexer Indexer() => new(
        new ElasticClientProvider(Microsoft.Extensions.Options.Options.Create(Options)),
        Store,
        Microsoft.Extensions.Options.Options.Create(Options),
        Time,
        NullLogger<OutboxIndexer>.Instance);

    public IndexSetup Setup() => new(new ElasticClientProvider(Microsoft.Extensions.Options.Options.Create(Options)), Microsoft.Extensions.Options.Options.Create(Options), NullLogger<IndexSetup>.Instance);

    public async ValueTask DisposeAsync()
    {
        await Es.DisposeAsync();
        await Store.DisposeAsync();
        Config.Dispose();
    }

    /// <summary>A judged measurement with the dimensions trends group by.</summary>
    public static Measurement Sample(
        DateTimeOffset at, string? outlet = "vlast", string url = "https://vlast.kz/", string vantage = "kz-1", string? verdict = VerdictStatus.Ok,
        string? method = null, string country = "KZ", string network = "AS9198", string? category = "NEWS", bool retried = false, int attempt = 1) =>
        StoreFactory.Measurement(at, url) with
        {
            Id = Guid.NewGuid(),
            Outlet = outlet,
            Vantage = vantage,
            VantageCountry = country,
            VantageNetwork = network,
            Category = category,
            Retried = retried,
            Attempt = attempt,
            Dns = new DnsResult("system", new Uri(url).Host, ["127.0.0.9", "::1"], null, 1.5),
            Verdict = verdict is null ? null : new Verdict(verdict, method, 0.9, [$"verdict {verdict} by {method ?? "nothing"}"]),
        };
}
