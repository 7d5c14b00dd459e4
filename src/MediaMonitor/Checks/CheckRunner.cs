using System.Collections.Concurrent;
using MediaMonitor.Configuration;
using MediaMonitor.Control;
using MediaMonitor.Probing;
using MediaMonitor.Storage;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Checks;

/// <summary>
/// Runs a set of targets through the probe with bounded concurrency, commits each measurement
/// as soon as it is made (a cycle cut short keeps what it measured), and sums the cycle up.
/// </summary>
public sealed partial class CheckRunner(
    BlockingMeasurer measurer,
    VantageHealthChecker healthChecker,
    SqliteStore store,
    IOptions<ProbeOptions> options,
    TimeProvider time,
    ILogger<CheckRunner> logger)
{
    public async Task<CycleSummary> RunAsync(
        IReadOnlyList<ProbeTarget> targets,
        VantageOptions vantage,
        IControl? control,
        string? list,
        Action<Measurement>? onMeasured,
        CancellationToken cancellationToken,
        bool persist = true)
    {
        if (persist)
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        var startedAt = time.GetUtcNow();
        var start = time.GetTimestamp();
        var health = await healthChecker.CheckAsync(vantage, cancellationToken).ConfigureAwait(false);
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var verdicts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var httpErrors = new ConcurrentDictionary<int, int>();
        int ok = 0, failed = 0, statusErrors = 0;

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(targets, parallel, async (target, token) =>
        {
            Measurement measurement;
            try
            {
                var attempts = await measurer.MeasureAsync(
                    target, vantage, control, health, persist ? a => store.AppendAsync(a, token) : null, token).ConfigureAwait(false);
                measurement = attempts[^1];
                if (persist)
                {
                    await store.AppendAsync(measurement, token).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (!token.IsCancellationRequested)
            {
                // One target's trouble (a bad control answer, a store error) must not end the cycle.
                Log.TargetFailed(logger, e, target.Url);
                Interlocked.Increment(ref failed);
                failures.AddOrUpdate("internal_error", 1, (_, n) => n + 1);
                return;
            }

            if (measurement.Verdict is { } verdict)
            {
                verdicts.AddOrUpdate(verdict.Method is null ? verdict.Status : $"{verdict.Status} ({verdict.Method})", 1, (_, n) => n + 1);
            }

            if (measurement.Failure is { } failure)
            {
                Interlocked.Increment(ref failed);
                failures.AddOrUpdate(failure, 1, (_, n) => n + 1);
            }
            else if (measurement.Http?.Status is >= 400 and var status)
            {
                Interlocked.Increment(ref statusErrors);
                httpErrors.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
            else
            {
                Interlocked.Increment(ref ok);
            }

            onMeasured?.Invoke(measurement);
        }).ConfigureAwait(false);

        var summary = new CycleSummary(
            list,
            vantage.Name,
            targets.Count,
            ok,
            statusErrors,
            failed,
            new Dictionary<string, int>(failures),
            new Dictionary<int, int>(httpErrors),
            time.GetElapsedTime(start))
        {
            Verdicts = new Dictionary<string, int>(verdicts),
        };

        if (persist)
        {
            var merged = new Dictionary<string, int>(summary.FailuresByName);
            foreach (var (status, count) in summary.HttpErrorsByStatus)
            {
                merged[$"http_{status}"] = count;
            }

            await store.AppendCycleAsync(
                new CycleRecord(Guid.CreateVersion7(startedAt), list, vantage.Name, startedAt, time.GetUtcNow(), targets.Count, ok, failed, merged),
                cancellationToken).ConfigureAwait(false);
        }

        Log.CycleFinished(logger, list ?? "(ad hoc)", vantage.Name, summary.Targets, summary.Duration.TotalSeconds, summary.Ok, summary.HttpErrors, summary.HttpErrorsText, summary.Failed, summary.FailuresText, summary.VerdictsText, control?.Name ?? "none");
        return summary;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Checking {Url} failed inside MediaMonitor; the cycle goes on")]
        public static partial void TargetFailed(ILogger logger, Exception exception, Uri url);

        [LoggerMessage(Level = LogLevel.Information,
            Message = "Cycle {List} from {Vantage}: {Targets} targets checked in {Seconds:F1} s: {Ok} ok, {HttpErrors} HTTP errors ({HttpErrorsByStatus}), {Failed} failed ({FailuresByName}); verdicts against control {Control}: {Verdicts}")]
        public static partial void CycleFinished(ILogger logger, string list, string vantage, int targets, double seconds, int ok, int httpErrors, string httpErrorsByStatus, int failed, string failuresByName, string verdicts, string control);
    }
}
