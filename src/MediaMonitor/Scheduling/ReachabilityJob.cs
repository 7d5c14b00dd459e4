using MediaMonitor.Checks;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaMonitor.Scheduling;

/// <summary>Checks one site list. Thin: the work is <see cref="ListChecker"/>'s.</summary>
[DisallowConcurrentExecution]
internal sealed class ReachabilityJob(ListChecker checker, IOptions<SchedulingOptions> options, IHostApplicationLifetime lifetime, TimeProvider time) : IJob
{
    public const string Group = "reachability";
    public const string ListKey = "list";
    public const string ScheduleKey = "schedule";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken quartzToken)
    {
        // Quartz cancels a job only when it is interrupted; a shutdown must stop the cycle too.
        // What the cycle measured before that is already stored.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(quartzToken, lifetime.ApplicationStopping);
        var cancellationToken = stopping.Token;
        var jitter = options.Value.Jitter;
        if (jitter > TimeSpan.Zero)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * jitter.TotalMilliseconds), time, cancellationToken).ConfigureAwait(false);
        }

        await checker.CheckListAsync(context.MergedJobDataMap.GetString(ListKey)!, cancellationToken).ConfigureAwait(false);
    }
}
