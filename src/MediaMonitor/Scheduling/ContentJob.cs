using MediaMonitor.Content.Monitoring;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaMonitor.Scheduling;

/// <summary>One content pass over a site list. Thin: the work is <see cref="ContentMonitor"/>'s.</summary>
[DisallowConcurrentExecution]
internal sealed class ContentJob(ContentMonitor monitor, IOptions<SchedulingOptions> options, IHostApplicationLifetime lifetime, TimeProvider time) : IJob
{
    public const string Group = "content";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken quartzToken) =>
        JobRun.RunAsync(lifetime, options.Value.Jitter, time, token => monitor.RunListAsync(context.MergedJobDataMap.GetString(ReachabilityJob.ListKey)!, null, token), quartzToken);
}
