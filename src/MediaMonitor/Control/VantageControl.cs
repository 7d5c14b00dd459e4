using MediaMonitor.Configuration;
using MediaMonitor.Probing;

namespace MediaMonitor.Control;

/// <summary>Another configured vantage serving as control.</summary>
public sealed class VantageControl(HttpProbe probe, VantageOptions vantage) : IControl
{
    public string Name => vantage.Name;

    public async Task<Measurement?> MeasureAsync(ProbeTarget target, CancellationToken cancellationToken) =>
        await probe.MeasureAsync(target, vantage, cancellationToken).ConfigureAwait(false);
}
