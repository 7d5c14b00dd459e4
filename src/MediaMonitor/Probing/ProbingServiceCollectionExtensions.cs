using System.Net;
using MediaMonitor.Configuration;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Probing;

internal static class ProbingServiceCollectionExtensions
{
    public static IServiceCollection AddProbing(this IServiceCollection services)
    {
        services.AddValidatedOptions<ProbeOptions, ProbeOptionsValidator>(ProbeOptions.SectionName);
        services.AddSingleton<ConcurrencyGate>();
        services.AddSingleton<ProbeEnvironment>();
        services.AddHttpClient(ProbeEnvironment.DohClientName).RemoveAllLoggers();
        services.AddHttpClient<HttpProbe>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Redirects, cookies, proxies and DNS are ours to do and to record.
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                AutomaticDecompression = DecompressionMethods.All,
                MaxResponseHeadersLength = sp.GetRequiredService<IOptions<ProbeOptions>>().Value.MaxResponseHeadersKiB,
                ConnectCallback = Connector.ConnectAsync,

                // Connection attempts outlive a cancelled request in SocketsHttpHandler; bound them too.
                ConnectTimeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<ProbeOptions>>().Value.TimeoutSeconds),
                PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // One line per request at Information would drown the cycle summaries.
            .RemoveAllLoggers();
        return services;
    }
}
