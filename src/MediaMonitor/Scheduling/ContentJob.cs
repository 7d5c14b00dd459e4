using MediaMonitor.Content.Monitoring;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaMonitor.Scheduling;

/// <summary>One content pass over a site list. Thin: the work is <see cref="ContentMonitor"/>'s.</summary>
[DisallowConcurrentExecution]
internal sealed class ContentJob(ContentMonitor monitor, IOptions<SchedulingOptions> options, IHostApplicationLifetime lifetime, TimeProvider time) : IJob
{
    public const string Group = "content";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken quartzToken)
    {
        // As for reachability: a shutdown stops the pass; each check it finished is already stored.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(quartzToken, lifetime.ApplicationStopping);
        var cancellationToken = stopping.Token;
        var jitter = options.Value.Jitter;
        if (jitter > TimeSpan.Zero)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * jitter.TotalMilliseconds), time, cancellationToken).ConfigureAwait(false);
        }

        await monitor.RunListAsync(context.MergedJobDataMap.GetString(ReachabilityJob.ListKey)!, null, cancellationToken).ConfigureAwait(false);
    }
}
