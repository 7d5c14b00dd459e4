using MediaMonitor.Configuration;
using MediaMonitor.Content.Monitoring;
using MediaMonitor.Signals;
using MediaMonitor.Sites;
using MediaMonitor.Storage;
using Microsoft.Extensions.Options;
using Serilog.Events;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>
/// One content pass now, the same the scheduler runs: pages compared, articles discovered and
/// re-checked when due, signals stored. Exit code 0 when the pass ran, 1 when some outlet failed, 2 on bad input.
/// </summary>
internal sealed class ContentCommand : AsyncCommand<ContentSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ContentSettings settings, CancellationToken cancellationToken)
    {
        var builder = AppHost.CreateBuilder(settings.ConfigFolder, settings.DataFolder, withScheduler: false, consoleLevel: settings.Json ? LogEventLevel.Warning : LogEventLevel.Information);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var services = host.Services;
            var catalog = SiteCatalog.Load(services.GetRequiredService<IOptions<PathsOptions>>().Value.ConfigFolder);
            if (settings.List is { } name && !catalog.Lists.ContainsKey(name))
            {
                await Console.Error.WriteLineAsync($"--list: no site list '{name}' (have: {string.Join(", ", catalog.Lists.Keys.Order(StringComparer.Ordinal))})").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var monitor = services.GetRequiredService<ContentMonitor>();
            var repository = services.GetRequiredService<ContentRepository>();
            var started = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var errors = 0;
            foreach (var list in settings.List is { } one ? [one] : catalog.Lists.Keys.Order(StringComparer.Ordinal).ToList())
            {
                ContentPassSummary summary;
                try
                {
                    summary = await monitor.RunListAsync(list, settings.Outlet, cancellationToken).ConfigureAwait(false);
                }
                catch (ArgumentException e)
                {
                    await Console.Error.WriteLineAsync(e.Message.Split(" (Parameter")[0]).ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                errors += summary.Errors;
                if (!settings.Json)
                {
                    Console.WriteLine($"{list}: {summary}");
                }
            }

            // The signal sources are global, not a list's: a pass over every list reads them too.
            if (settings.List is null && services.GetRequiredService<IOptions<ContentOptions>>().Value.Sources.Count > 0)
            {
                var sources = await monitor.RunSourcesAsync(cancellationToken).ConfigureAwait(false);
                if (!settings.Json)
                {
                    Console.WriteLine($"sources: {sources}");
                }
            }

            var raised = await repository.SignalsSinceAsync(started, cancellationToken).ConfigureAwait(false);
            foreach (var signal in raised)
            {
                Console.WriteLine(settings.Json ? SignalJson.Serialize(signal) : $"{signal.Kind,-13} {signal.Summary}");
            }

            return errors > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
