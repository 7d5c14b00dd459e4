using MediaMonitor.Probing;

namespace MediaMonitor.Control;

/// <summary>Somewhere believed unfiltered that measures the same target, close in time.</summary>
public interface IControl
{
    string Name { get; }

    /// <summary>The control's measurement, or null when it could not be had (the verdict is then unknown).</summary>
    Task<Measurement?> MeasureAsync(ProbeTarget target, CancellationToken cancellationToken);
}
