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

    public ValueTask Execute(IJobExecutionContext context, CancellationToken quartzToken) =>
        JobRun.RunAsync(lifetime, options.Value.Jitter, time, token => checker.CheckListAsync(context.MergedJobDataMap.GetString(ListKey)!, token), quartzToken);
}
