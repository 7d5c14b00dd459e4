using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>The main job: scheduled checks of every site list until stopped.</summary>
internal sealed class RunCommand : AsyncCommand<GlobalSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var builder = AppHost.CreateBuilder(settings.ConfigFolder, settings.DataFolder, withScheduler: true);
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
