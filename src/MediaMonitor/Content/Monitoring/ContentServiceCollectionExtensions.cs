using MediaMonitor.Configuration;
using MediaMonitor.Content.Politeness;
using MediaMonitor.Evidence;
using MediaMonitor.Storage;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Content.Monitoring;

internal static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContentMonitoring(this IServiceCollection services)
    {
        services.AddValidatedOptions<ContentOptions, ContentOptionsValidator>(ContentOptions.SectionName);
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<HostRateLimiter>();
        services.AddSingleton(sp =>
        {
            var content = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            var data = sp.GetRequiredService<IOptions<PathsOptions>>().Value.DataFolder;
            return new WarcWriter(
                new WarcWriterOptions { Folder = Path.Combine(data, content.WarcFolder), MaxFileBytes = content.WarcFileMiB * 1024L * 1024 },
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<ContentRepository>();
        services.AddSingleton<ContentMonitor>();
        return services;
    }
}
