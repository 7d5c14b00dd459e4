using MediaMonitor.Content.Monitoring;
using Quartz;

namespace MediaMonitor.Scheduling;

/// <summary>One pass over the signal sources (Content:Sources). Thin: the work is <see cref="ContentMonitor"/>'s.</summary>
[DisallowConcurrentExecution]
internal sealed class SourcesJob(ContentMonitor monitor, IHostApplicationLifetime lifetime, TimeProvider time) : IJob
{
    public const string Group = "sources";
    public const string Name = "sources";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken quartzToken) =>
        JobRun.RunAsync(lifetime, TimeSpan.Zero, time, monitor.RunSourcesAsync, quartzToken);
}
