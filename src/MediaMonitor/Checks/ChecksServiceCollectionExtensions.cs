namespace MediaMonitor.Checks;

internal static class ChecksServiceCollectionExtensions
{
    public static IServiceCollection AddChecks(this IServiceCollection services)
    {
        services.AddSingleton<CheckRunner>();
        services.AddSingleton<ListChecker>();
        return services;
    }
}
