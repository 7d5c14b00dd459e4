using MediaMonitor.Configuration;
using MediaMonitor.Storage;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Indexing;

/// <summary>Runs the outbox indexer beside the scheduler when Elasticsearch:Enabled is true.</summary>
internal sealed partial class IndexerService(
    OutboxIndexer indexer, SqliteStore store, IOptions<ElasticsearchOptions> options, ILogger<IndexerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogOff(logger);
            return;
        }

        await store.InitializeAsync(stoppingToken).ConfigureAwait(false);
        await indexer.RunAsync(stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Elasticsearch indexing is off (Elasticsearch:Enabled is false); findings stay in the store's outbox until it is on")]
    private static partial void LogOff(ILogger logger);
}
