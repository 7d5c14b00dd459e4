using MediaMonitor.Configuration;
using MediaMonitor.Probing;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Control;

/// <summary>Builds the control configured in Monitor:Control, or one named on the command line.</summary>
public sealed class ControlFactory(
    IHttpClientFactory httpClients,
    HttpProbe probe,
    IOptions<MonitorOptions> monitor,
    ILoggerFactory loggers)
{
    public const string HelperClientName = "MediaMonitor.ControlHelper";

    /// <summary>The control from configuration; null when none is configured.</summary>
    public IControl? Configured()
    {
        var options = monitor.Value.Control;
        if (options.HelperUrl is { } url)
        {
            return Helper(url);
        }

        return options.Vantage is { } name && monitor.Value.Find(name) is { } vantage ? new VantageControl(probe, vantage) : null;
    }

    public IControl Helper(Uri url) =>
        new HelperControl(httpClients.CreateClient(HelperClientName), url, TimeSpan.FromSeconds(monitor.Value.Control.TimeoutSeconds), loggers.CreateLogger<HelperControl>());

    public IControl? Vantage(string name) => monitor.Value.Find(name) is { } vantage ? new VantageControl(probe, vantage) : null;
}
