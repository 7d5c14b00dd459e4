namespace MediaMonitor.Indexing;

public static class IndexingServiceCollectionExtensions
{
    /// <summary>The client, index setup, the outbox indexer and trend queries; the indexer runs as a service only beside the scheduler.</summary>
    public static IServiceCollection AddIndexing(this IServiceCollection services, bool withScheduler)
    {
        services.PostConfigure<Configuration.ElasticsearchOptions>(o =>
        {
            if (o.Urls.Count == 0)
            {
                o.Urls.Add(Configuration.ElasticsearchOptions.DefaultUrl);
            }
        });
        services.AddSingleton<ElasticClientProvider>();
        services.AddSingleton<IndexSetup>();
        services.AddSingleton<OutboxIndexer>();
        services.AddSingleton<Trends.StoreTrends>();
        services.AddSingleton<Trends.ElasticTrends>();
        if (withScheduler)
        {
            services.AddHostedService<IndexerService>();
        }

        return services;
    }
}
