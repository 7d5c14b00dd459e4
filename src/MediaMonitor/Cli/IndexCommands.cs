using MediaMonitor.Configuration;
using MediaMonitor.Indexing;
using MediaMonitor.Storage;
using Microsoft.Extensions.Options;
using Serilog.Events;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>`index setup`: creates or updates the retention policy, templates, mappings and the incidents index.</summary>
internal sealed class IndexSetupCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        using var host = AppHost.CreateBuilder(settings.ConfigFolder, settings.DataFolder, withScheduler: false, consoleLevel: LogEventLevel.Warning).Build();
        try
        {
            foreach (var step in await host.Services.GetRequiredService<IndexSetup>().RunAsync(cancellationToken).ConfigureAwait(false))
            {
                Console.WriteLine(step);
            }

            return ExitCodes.Ok;
        }
        catch (IndexingException e)
        {
            await Console.Error.WriteLineAsync($"index setup: {e.Message}").ConfigureAwait(false);
            return ExitCodes.SomeFailed;
        }
    }
}

/// <summary>`index status`: whether the cluster answers, what waits in the outbox, what was set aside.</summary>
internal sealed class IndexStatusCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        using var host = AppHost.CreateBuilder(settings.ConfigFolder, settings.DataFolder, withScheduler: false, consoleLevel: LogEventLevel.Warning).Build();
        var services = host.Services;
        var options = services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
        var store = services.GetRequiredService<SqliteStore>();
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"indexing: {(options.Enabled ? "on" : "off (Elasticsearch:Enabled is false; run does not index)")}");
        Console.WriteLine($"cluster: {ElasticClientFactory.Describe(options)}");
        var answer = await ElasticRaw.SendAsync(services.GetRequiredService<ElasticClientProvider>().Client, Elastic.Transport.HttpMethod.GET, "/", (string?)null, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"answers: {(answer.Ok ? "yes" : answer.Describe())}");
        Console.WriteLine($"waiting in the outbox: {await services.GetRequiredService<OutboxIndexer>().WaitingAsync(cancellationToken).ConfigureAwait(false)}");
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM index_rejects";
        Console.WriteLine($"set aside (never indexable): {(long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!}");
        command.CommandText = "SELECT rejected_at, kind, entity_id, status, reason FROM index_rejects ORDER BY seq DESC LIMIT 5";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            Console.WriteLine($"  {reader.GetString(0)} {reader.GetString(1)} {reader.GetString(2)}: HTTP {reader.GetInt64(3)} {reader.GetString(4)}");
        }

        return answer.Ok ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}

/// <summary>`index backfill --since DATE`: queues every finding since DATE again and drains the outbox now.</summary>
internal sealed class IndexBackfillCommand : AsyncCommand<IndexBackfillSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IndexBackfillSettings settings, CancellationToken cancellationToken)
    {
        using var host = AppHost.CreateBuilder(settings.ConfigFolder, settings.DataFolder, withScheduler: false, consoleLevel: LogEventLevel.Warning).Build();
        var services = host.Services;
        var store = services.GetRequiredService<SqliteStore>();
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var queued = await Backfill.QueueAsync(store, settings.SinceValue, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"queued {queued.Measurements} measurements, {queued.Signals} signals and {queued.Changes} content changes since {settings.SinceValue:yyyy-MM-dd HH:mm}Z");
        var indexer = services.GetRequiredService<OutboxIndexer>();
        var last = DateTimeOffset.MinValue;
        var time = services.GetRequiredService<TimeProvider>();
        var progress = new Progress<DrainResult>(p =>
        {
            if (time.GetUtcNow() - last > TimeSpan.FromSeconds(2))
            {
                last = time.GetUtcNow();
                Console.Error.WriteLine($"  indexed {p.Indexed}, set aside {p.SetAside}");
            }
        });
        var result = await indexer.DrainAsync(stopWhenUnavailable: true, progress, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"indexed {result.Indexed}, set aside {result.SetAside}, resent after 429/5xx {result.Retried}, waiting {result.Waiting}");
        await store.DisposeAsync().ConfigureAwait(false);
        if (result.ClusterUnavailable)
        {
            await Console.Error.WriteLineAsync($"Elasticsearch is unavailable ({result.LastError}); the {result.Waiting} findings left wait in the outbox and are sent by `run` (Elasticsearch:Enabled) or the next backfill").ConfigureAwait(false);
            return ExitCodes.SomeFailed;
        }

        return ExitCodes.Ok;
    }
}
