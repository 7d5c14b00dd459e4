using MediaMonitor.Configuration;

namespace MediaMonitor.Storage;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddValidatedOptions<StoreOptions, StoreOptionsValidator>(StoreOptions.SectionName);
        services.AddSingleton<SqliteStore>();
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
