using MediaMonitor.Probing;
using Microsoft.Extensions.Configuration;

namespace MediaMonitor.Tests;

/// <summary>The probe as the program wires it, with options for a test.</summary>
internal static class ProbeFactory
{
    public static ServiceProvider Services(Dictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddProbing();
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static HttpProbe Probe(this ServiceProvider services) => services.GetRequiredService<HttpProbe>();
}
