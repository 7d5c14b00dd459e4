using MediaMonitor.Configuration;
using Microsoft.Data.Sqlite;
using Quartz;

namespace MediaMonitor.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with a persistent job store in its own SQLite file under the data folder. Quartz
    /// creates any missing part of its schema on start (SchemaProvisioning.CreateIfMissing) and
    /// then validates it, so a fresh data folder needs no setup step.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SchedulingOptions, SchedulingOptionsValidator>(SchedulingOptions.SectionName);

        var scheduling = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var dataFolder = configuration[$"{PathsOptions.SectionName}:{nameof(PathsOptions.DataFolder)}"] ?? "data";
        var file = Path.GetFullPath(Path.Combine(dataFolder, scheduling.SchedulerFile));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();

        // Runs before Quartz's hosted service: the schedule is in place before anything fires.
        services.AddHostedService<ScheduleSynchronizer>();
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(Math.Max(1, scheduling.MaxConcurrentCycles));
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(connectionString);
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                store.ConfigureStore(o => o.MisfireThreshold = scheduling.MisfireThreshold);
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
