using System.Globalization;
using MediaMonitor.Configuration;
using MediaMonitor.Sites;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaMonitor.Scheduling;

/// <summary>
/// Makes the persistent schedule match config at start-up: one reachability job per site list.
/// A trigger whose schedule did not change is left alone, so its next fire time, and any run it
/// missed while the program was down, survive a restart. Jobs of lists that are gone are removed.
/// Registered before Quartz's hosted service, so this runs before the scheduler fires anything.
/// </summary>
internal sealed partial class ScheduleSynchronizer(
    ISchedulerFactory schedulerFactory,
    IOptions<SchedulingOptions> options,
    IOptions<Content.Monitoring.ContentOptions> content,
    IOptions<PathsOptions> paths,
    TimeProvider time,
    ILogger<ScheduleSynchronizer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken).ConfigureAwait(false);
        var catalog = SiteCatalog.Load(paths.Value.ConfigFolder);
        var lists = catalog.Lists.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in options.Value.Lists.Keys.Where(l => !lists.Contains(l)))
        {
            Log.UnknownScheduledList(logger, unknown);
        }

        var contentSchedule = new ListSchedule { Interval = content.Value.Interval };
        foreach (var list in lists.Order(StringComparer.Ordinal))
        {
            await SyncListAsync<ReachabilityJob>(scheduler, ReachabilityJob.Group, list, ScheduleOf(list), $"Reachability checks of site list {list}", cancellationToken).ConfigureAwait(false);
            await SyncListAsync<ContentJob>(scheduler, ContentJob.Group, list, contentSchedule, $"Content monitoring of site list {list}", cancellationToken).ConfigureAwait(false);
        }

        if (content.Value.Sources.Count > 0)
        {
            await SyncListAsync<SourcesJob>(scheduler, SourcesJob.Group, SourcesJob.Name, contentSchedule, "Signal sources", cancellationToken).ConfigureAwait(false);
        }
        else if (await scheduler.DeleteJob(new JobKey(SourcesJob.Name, SourcesJob.Group), cancellationToken).ConfigureAwait(false))
        {
            Log.Removed(logger, "signal sources");
        }

        foreach (var group in new[] { ReachabilityJob.Group, ContentJob.Group })
        {
            var page = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(group) }, cancellationToken).ConfigureAwait(false);
            foreach (var header in page.Items.Where(h => !lists.Contains(h.Key.Name)))
            {
                await scheduler.DeleteJob(header.Key, cancellationToken).ConfigureAwait(false);
                Log.Removed(logger, header.Key.Name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The schedule of a list, as text: stored with the trigger to tell whether config changed.</summary>
    internal static string Describe(ListSchedule schedule) =>
        schedule.Cron is { } cron ? $"cron {cron}" : $"every {schedule.Interval!.Value.ToString("c", CultureInfo.InvariantCulture)}";

    internal ListSchedule ScheduleOf(string list) =>
        options.Value.Lists.TryGetValue(list, out var schedule) ? schedule : new ListSchedule { Interval = options.Value.DefaultInterval };

    private async Task SyncListAsync<TJob>(IScheduler scheduler, string group, string list, ListSchedule schedule, string what, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var description = Describe(schedule);
        var jobKey = new JobKey(list, group);
        var triggerKey = new TriggerKey(list, group);

        var existing = await scheduler.GetTrigger(triggerKey, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.JobDataMap.GetString(ReachabilityJob.ScheduleKey) == description)
        {
            Log.Kept(logger, what, description, existing.NextFireTimeUtc);
            return;
        }

        var job = JobBuilder.Create<TJob>()
            .WithIdentity(jobKey)
            .WithDescription(what)
            .UsingJobData(ReachabilityJob.ListKey, list)
            .StoreDurably()
            .Build();

        var builder = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .UsingJobData(ReachabilityJob.ScheduleKey, description)
            .StartAt(time.GetUtcNow());

        // Misfire policy: a run missed while the program was down fires once as soon as it is back,
        // then the schedule resumes; missed runs are not replayed one after another.
        var trigger = schedule.Cron is { } cron
            ? builder.WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build()
            : builder.WithSimpleSchedule(s => s.WithInterval(schedule.Interval!.Value).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)).Build();

        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        Log.Scheduled(logger, what, description, existing is null ? "new" : "changed");
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: schedule {Schedule} kept from the job store, next run at {NextRun}")]
        public static partial void Kept(ILogger logger, string job, string schedule, DateTimeOffset? nextRun);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: scheduled {Schedule} ({Why})")]
        public static partial void Scheduled(ILogger logger, string job, string schedule, string why);

        [LoggerMessage(Level = LogLevel.Information, Message = "Site list {List} is gone from config/sites: its job is removed")]
        public static partial void Removed(ILogger logger, string list);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduling:Lists:{List} names no site list in config/sites; it is ignored")]
        public static partial void UnknownScheduledList(ILogger logger, string list);
    }
}
