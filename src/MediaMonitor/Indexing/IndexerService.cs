using MediaMonitor.Configuration;
using MediaMonitor.Storage;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Indexing;

/// <summary>Runs the outbox indexer beside the scheduler when Elasticsearch:Enabled is true.</summary>
internal sealed partial class IndexerService(
    OutboxIndexer indexer, IndexSetup setup, SqliteStore store, IOptions<ElasticsearchOptions> options, ILogger<IndexerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogOff(logger);
            return;
        }

        await store.InitializeAsync(stoppingToken).ConfigureAwait(false);

        // Templates first, so no index is created without its mappings; if the cluster is down now,
        // the drain waits for it and `index setup` can be run by hand later.
        try
        {
            await setup.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (IndexingException e)
        {
            LogSetupFailed(logger, e.Message);
        }

        await indexer.RunAsync(stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index setup at start failed ({Reason}); indexing goes on, run `mediamonitor index setup` once the cluster answers")]
    private static partial void LogSetupFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Elasticsearch indexing is off (Elasticsearch:Enabled is false); findings stay in the store's outbox until it is on")]
    private static partial void LogOff(ILogger logger);
}
