using MediaMonitor.Analysis;
using MediaMonitor.Configuration;
using MediaMonitor.Probing;

namespace MediaMonitor.Checks;

/// <summary>
/// Measures a vantage's baseline sites before a cycle. When none loads, the network is down and
/// nothing measured from it can be called blocked; when they load, their speed is the yardstick
/// for throttling.
/// </summary>
public sealed partial class VantageHealthChecker(HttpProbe probe, ILogger<VantageHealthChecker> logger)
{
    public async Task<VantageHealth> CheckAsync(VantageOptions vantage, CancellationToken cancellationToken)
    {
        if (vantage.BaselineUrls.Count == 0)
        {
            return VantageHealth.Unchecked;
        }

        var results = await Task.WhenAll(vantage.BaselineUrls.Select(u => probe.MeasureAsync(new ProbeTarget(new Uri(u), "baseline"), vantage, cancellationToken))).ConfigureAwait(false);
        var ok = results.Where(m => m.Failure is null).ToList();
        var health = new VantageHealth(
            ok.Count > 0,
            ok.Count,
            results.Length,
            Median(ok.Select(m => m.Tls?.Ms)),
            Median(ok.Select(m => VerdictClassifier.Throughput(m))));
        if (!health.Online)
        {
            Log.Offline(logger, vantage.Name, results.Length, string.Join(", ", results.Select(m => $"{m.Url}: {m.Failure}")));
        }

        return health;
    }

    private static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v.HasValue).Select(v => v!.Value).Order().ToList();
        return sorted.Count == 0 ? null : sorted[sorted.Count / 2];
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Vantage {Vantage} is offline: none of its {Count} baseline sites loaded ({Failures}); this cycle's verdicts are unknown")]
        public static partial void Offline(ILogger logger, string vantage, int count, string failures);
    }
}
