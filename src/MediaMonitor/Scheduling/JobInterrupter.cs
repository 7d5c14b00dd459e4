using MediaMonitor.Configuration;
using MediaMonitor.Sites;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaMonitor.Scheduling;

/// <summary>
/// On shutdown, cancels running cycles (Quartz cancels a job's token only when it is interrupted)
/// so that Ctrl+C stops within seconds. What a cycle measured before that is already committed.
/// Registered after Quartz's hosted service, so it stops first.
/// </summary>
internal sealed class JobInterrupter(ISchedulerFactory schedulerFactory, IOptions<PathsOptions> paths) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var list in SiteCatalog.Load(paths.Value.ConfigFolder).Lists.Keys)
        {
            await scheduler.Interrupt(new JobKey(list, ReachabilityJob.Group), cancellationToken).ConfigureAwait(false);
        }
    }
}
