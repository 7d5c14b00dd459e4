using MediaMonitor.Content.Monitoring;
using Quartz;

namespace MediaMonitor.Scheduling;

/// <summary>One pass over the signal sources (Content:Sources). Thin: the work is <see cref="ContentMonitor"/>'s.</summary>
[DisallowConcurrentExecution]
internal sealed class SourcesJob(ContentMonitor monitor, IHostApplicationLifetime lifetime) : IJob
{
    public const string Group = "sources";
    public const string Name = "sources";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken quartzToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(quartzToken, lifetime.ApplicationStopping);
        await monitor.RunSourcesAsync(stopping.Token).ConfigureAwait(false);
    }
}
