using MediaMonitor.Configuration;
using MediaMonitor.Storage;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Indexing;

/// <summary>Runs the outbox indexer beside the scheduler when Elasticsearch:Enabled is true.</summary>
internal sealed partial class IndexerService(
    OutboxIndexer indexer, IndexSetup setup, SqliteStore store, IOptions<ElasticsearchOptions> options, TimeProvider time, ILogger<IndexerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogOff(logger);
            return;
        }

        await store.InitializeAsync(stoppingToken).ConfigureAwait(false);

        // Templates first, so no index is ever created without its mappings: while the cluster does not
        // answer, nothing is sent (the outbox keeps it all). Credentials that may write but not manage
        // templates are taken to mean an administrator ran `index setup`.
        for (var delay = options.Value.RetryDelay; ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxRetryDelay.Ticks)))
        {
            try
            {
                await setup.RunAsync(stoppingToken).ConfigureAwait(false);
                break;
            }
            catch (IndexingException e) when (e.Status is 401 or 403)
            {
                LogSetupNotAllowed(logger, e.Message);
                break;
            }
            catch (IndexingException e)
            {
                LogSetupFailed(logger, e.Message, delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
        }

        await indexer.RunAsync(stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index setup failed ({Reason}); nothing is indexed before it succeeds, trying again in {Delay}")]
    private static partial void LogSetupFailed(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index setup not allowed with these credentials ({Reason}); indexing on the assumption that an administrator ran `mediamonitor index setup`")]
    private static partial void LogSetupNotAllowed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Elasticsearch indexing is off (Elasticsearch:Enabled is false); findings stay in the store's outbox until it is on")]
    private static partial void LogOff(ILogger logger);
}
