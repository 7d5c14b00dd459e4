using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using MediaMonitor.Configuration;
using MediaMonitor.Probing.Dns;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Probing;

/// <summary>
/// What every check from a vantage shares, built once: the extra trusted roots, and one DNS
/// client per configured resolver.
/// </summary>
public sealed class ProbeEnvironment(IOptions<ProbeOptions> options, IHttpClientFactory httpClients, TimeProvider time)
{
    public const string DohClientName = "MediaMonitor.Doh";

    private readonly ConcurrentDictionary<string, IDnsClient?> _resolvers = new(StringComparer.Ordinal);
    private readonly Lazy<X509Certificate2Collection> _extraRoots = new(() => LoadRoots(options.Value.TrustedCaFiles));

    internal HopSettings SettingsFor(VantageOptions vantage) => new(
        vantage,
        _resolvers.GetOrAdd(vantage.Resolver, CreateResolver),
        options.Value.MaxAddressesPerHost,
        TimeSpan.FromSeconds(options.Value.ConnectTimeoutSeconds),
        options.Value.Resolve,
        _extraRoots.Value,
        options.Value.AllowPrivateAddresses);

    private IDnsClient? CreateResolver(string resolver)
    {
        var timeout = TimeSpan.FromSeconds(Math.Min(10, options.Value.ConnectTimeoutSeconds));
        if (resolver.StartsWith("udp:", StringComparison.Ordinal))
        {
            return new UdpDnsClient(IPEndPoint.Parse(resolver[4..]), timeout, time);
        }

        if (resolver.StartsWith("doh:", StringComparison.Ordinal))
        {
            return new DohDnsClient(httpClients.CreateClient(DohClientName), new Uri(resolver[4..]), timeout, time);
        }

        return null;
    }

    private static X509Certificate2Collection LoadRoots(IEnumerable<string> files)
    {
        var roots = new X509Certificate2Collection();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"Probing:TrustedCaFiles: {file} not found", file);
            }

            roots.ImportFromPemFile(file);
        }

        return roots;
    }
}
