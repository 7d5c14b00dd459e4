using System.Net;
using MediaMonitor.Control;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>Serves control measurements to probes until stopped.</summary>
internal sealed class ControlHelperCommand : AsyncCommand<ControlHelperSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ControlHelperSettings settings, CancellationToken cancellationToken)
    {
        var app = ControlHelperServer.Build(IPEndPoint.Parse(settings.Listen), settings.ConfigFolder, settings.DataFolder, settings.AllowPrivate);
        await using (app.ConfigureAwait(false))
        {
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
