namespace MediaMonitor.Checks;

internal static class ChecksServiceCollectionExtensions
{
    public static IServiceCollection AddChecks(this IServiceCollection services)
    {
        services.AddSingleton<CheckRunner>();
        services.AddSingleton<BlockingMeasurer>();
        services.AddSingleton<VantageHealthChecker>();
        services.AddSingleton<Control.ControlFactory>();
        services.AddHttpClient(Control.ControlFactory.HelperClientName).RemoveAllLoggers();
        services.AddSingleton<ListChecker>();
        return services;
    }
}
