using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;

namespace MediaMonitor.SiteFarm;

/// <summary>How a <see cref="SiteFarm"/> listens and what it generates.</summary>
public sealed class SiteFarmOptions
{
    /// <summary>
    /// Extra loopback addresses, each one a separate "site" whose <c>/</c> serves <c>/page/{index}</c>.
    /// The farm always listens on 127.0.0.1 as well (its <see cref="SiteFarm.BaseUrl"/>), and every
    /// address shares that one port. Use <see cref="SiteFarm.LoopbackAddresses(int)"/> to make them.
    /// </summary>
    public IReadOnlyList<IPAddress>? Addresses { get; init; }

    /// <summary>Also listen with TLS, on a second port, on 127.0.0.1 and every extra address.</summary>
    public bool Https { get; init; }

    /// <summary>The TLS certificate; when null and <see cref="Https"/> is set, a self-signed one is made.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>
    /// Custom routes in place from the first request: exact path (no query) to handler, consulted
    /// before the built-in routes. <see cref="SiteFarm.Map"/> adds more after start.
    /// </summary>
    public IReadOnlyDictionary<string, RequestDelegate>? Routes { get; init; }

    /// <summary>Seeds the generated <c>/page/{n}</c> content, so equal seeds give byte-identical pages.</summary>
    public int Seed { get; init; }
}
