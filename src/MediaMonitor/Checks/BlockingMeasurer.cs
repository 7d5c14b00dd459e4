using MediaMonitor.Analysis;
using MediaMonitor.Configuration;
using MediaMonitor.Control;
using MediaMonitor.Probing;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Checks;

/// <summary>
/// One check with its verdict: the target measured from the vantage and, at the same time, from
/// the control; a suspected block is measured again (Monitor:Retry) before the verdict is final.
/// Returns every attempt, in order; the last carries the final verdict.
/// </summary>
public sealed class BlockingMeasurer(HttpProbe probe, VantageHealthChecker healthChecker, IOptions<MonitorOptions> monitor, TimeProvider time)
{
    /// <param name="onAttempt">Called with each attempt that is not the last as soon as it is judged, so it is stored at once.</param>
    public async Task<IReadOnlyList<Measurement>> MeasureAsync(
        ProbeTarget target, VantageOptions vantage, IControl? control, VantageHealth health, Func<Measurement, Task>? onAttempt, CancellationToken cancellationToken)
    {
        var retry = monitor.Value.Retry;
        var attempts = new List<Measurement>();
        for (var attempt = 1; ; attempt++)
        {
            var measuring = probe.MeasureAsync(target, vantage, cancellationToken);
            var controlling = control?.MeasureAsync(target, cancellationToken) ?? Task.FromResult<Measurement?>(null);
            await Task.WhenAll((Task)measuring, controlling).ConfigureAwait(false);
            var measurement = await measuring.ConfigureAwait(false);
            var controlMeasurement = await controlling.ConfigureAwait(false);
            var verdict = VerdictClassifier.Classify(measurement, controlMeasurement, health);
            attempts.Add(measurement with { Attempt = attempt, Control = controlMeasurement, Verdict = verdict });
            if (!verdict.IsBlocked || attempt >= retry.Attempts)
            {
                break;
            }

            attempts[^1] = attempts[^1] with { Retried = true };
            if (onAttempt is not null)
            {
                await onAttempt(attempts[^1]).ConfigureAwait(false);
            }

            await Task.Delay(retry.Delay, time, cancellationToken).ConfigureAwait(false);
        }

        if (attempts.Count > 1)
        {
            attempts[^1] = attempts[^1] with { Verdict = VerdictCombiner.Combine(attempts.Select(a => a.Verdict!).ToList()) };
        }

        // The cycle's health check may be minutes old: before a block is reported, the vantage's own
        // network must still work now, or the "block" is the uplink going down mid-cycle.
        if (attempts[^1].Verdict!.IsBlocked && vantage.BaselineUrls.Count > 0)
        {
            var now = await healthChecker.CheckAsync(vantage, cancellationToken).ConfigureAwait(false);
            if (!now.Online)
            {
                var last = attempts[^1];
                attempts[^1] = last with { Verdict = VerdictClassifier.Classify(last, last.Control, now) };
            }
        }

        return attempts;
    }
}
