namespace MediaMonitor.Checks;

internal static class ChecksServiceCollectionExtensions
{
    public static IServiceCollection AddChecks(this IServiceCollection services)
    {
        services.AddSingleton<CheckRunner>();
        services.AddSingleton<BlockingMeasurer>();
        services.AddSingleton<VantageHealthChecker>();
        services.AddSingleton<Control.ControlFactory>();
        // The control's own timeout (Monitor:Control:TimeoutSeconds) is the only one.
        services.AddHttpClient(Control.ControlFactory.HelperClientName, c => c.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<ListChecker>();
        return services;
    }
}
