using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// Real HTTP servers on loopback for the prober's tests and benchmarks: a news homepage,
/// generated news sites (one per extra loopback address), and routes that fail the ways blocked
/// or broken sites fail. See the README in this folder for the route list.
/// </summary>
public sealed class SiteFarm : IAsyncDisposable
{
    private const int LastOctets = 254;

    private readonly WebApplication _app;
    private readonly FarmRouter _router;
    private readonly ListenSocketSet _http;
    private readonly ListenSocketSet? _https;
    private readonly X509Certificate2? _ownedCertificate;
    private int _disposed;

    private SiteFarm(
        WebApplication app,
        FarmRouter router,
        ListenSocketSet http,
        ListenSocketSet? https,
        X509Certificate2? certificate,
        X509Certificate2? ownedCertificate,
        IReadOnlyList<IPAddress> addresses,
        int seed)
    {
        _app = app;
        _router = router;
        _http = http;
        _https = https;
        _ownedCertificate = ownedCertificate;
        Certificate = certificate;
        Addresses = addresses;
        Seed = seed;
        BaseUrl = MakeUrl(Uri.UriSchemeHttp, IPAddress.Loopback, http.Port);
        HttpsBaseUrl = https is null ? null : MakeUrl(Uri.UriSchemeHttps, IPAddress.Loopback, https.Port);
    }

    /// <summary>http://127.0.0.1:{Port}/, whose <c>/</c> is the "Farm News" homepage.</summary>
    public Uri BaseUrl { get; }

    /// <summary>https://127.0.0.1:{HttpsPort}/ when the farm was started with TLS, else null.</summary>
    public Uri? HttpsBaseUrl { get; }

    /// <summary>The plain-HTTP port, shared by 127.0.0.1 and every extra address.</summary>
    public int Port => _http.Port;

    /// <summary>The TLS port, shared by every address, when the farm was started with TLS.</summary>
    public int? HttpsPort => _https?.Port;

    /// <summary>The extra site addresses, in the order given; index i is site i.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; }

    /// <summary>The seed of the generated pages.</summary>
    public int Seed { get; }

    /// <summary>The TLS certificate served (given or self-signed), for tests to trust by thumbprint.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>Requests received, on any path and address, since start or the last reset.</summary>
    public int TotalRequestCount => _router.TotalRequestCount;

    /// <summary>Starts listening; the returned farm answers at once.</summary>
    public static async Task<SiteFarm> StartAsync(SiteFarmOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SiteFarmOptions();
        // A snapshot, so a caller reusing its list cannot shift site indexes under a running farm.
        IReadOnlyList<IPAddress> addresses = [.. options.Addresses ?? []];
        var listen = ListenAddresses(addresses);
        if (options.Certificate is not null && !options.Https)
        {
            throw new ArgumentException("A certificate was given but Https is off.", nameof(options));
        }

        // The windows-1251 and KOI8-R pages need the code-page encodings; registering twice is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var router = new FarmRouter(addresses, new NewsPageGenerator(options.Seed));
        foreach (var (path, handler) in options.Routes ?? new Dictionary<string, RequestDelegate>())
        {
            ValidateRoute(path, handler);
            router.Map(path, handler);
        }

        ListenSocketSet? http = null;
        ListenSocketSet? https = null;
        X509Certificate2? owned = null;
        WebApplication? app = null;
        try
        {
            // ::1 too, best effort, so that http://[::1]:{Port}/ reaches the farm like a real
            // dual-stack server; it serves what 127.0.0.1 serves.
            var ipv6 = Socket.OSSupportsIPv6 ? IPAddress.IPv6Loopback : null;
            http = ListenSocketSet.Bind(listen, ipv6);
            X509Certificate2? certificate = null;
            if (options.Https)
            {
                certificate = options.Certificate ?? (owned = SelfSignedCertificate.Create(listen, TimeProvider.System));
                https = ListenSocketSet.Bind(listen, ipv6);
            }

            app = Build(http, https, certificate, router);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return new SiteFarm(app, router, http, https, certificate, owned, addresses, options.Seed);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            http?.Dispose();
            https?.Dispose();
            owned?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// <paramref name="count"/> distinct loopback addresses: 127.0.1.1 .. 127.0.1.254, 127.0.2.1, ...
    /// and on into 127.1.1.1; no octet is 0 or 255 past the second, so 127.0.0.1 never appears.
    /// Linux routes all of 127.0.0.0/8 to lo, so they need no setup there.
    /// </summary>
    public static IReadOnlyList<IPAddress> LoopbackAddresses(int count)
    {
        const int perSecondOctet = LastOctets * LastOctets;
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 256 * perSecondOctet);
        var addresses = new IPAddress[count];
        for (var i = 0; i < count; i++)
        {
            var within = i % perSecondOctet;
            addresses[i] = new IPAddress([127, (byte)(i / perSecondOctet), (byte)((within / LastOctets) + 1), (byte)((within % LastOctets) + 1)]);
        }

        return addresses;
    }

    /// <summary><see cref="BaseUrl"/> joined with a path and optional query, e.g. "/status/451".</summary>
    public Uri Url(string pathAndQuery)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathAndQuery);
        return new Uri(BaseUrl, pathAndQuery);
    }

    /// <summary><see cref="HttpsBaseUrl"/> joined with a path and optional query.</summary>
    public Uri HttpsUrl(string pathAndQuery)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathAndQuery);
        return new Uri(HttpsBaseUrl ?? throw NoTls(), pathAndQuery);
    }

    /// <summary>http://{Addresses[index]}:{Port}/, whose <c>/</c> serves <c>/page/{index}</c>.</summary>
    public Uri SiteUrl(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Addresses.Count);
        return MakeUrl(Uri.UriSchemeHttp, Addresses[index], Port);
    }

    /// <summary>https://{Addresses[index]}:{HttpsPort}/.</summary>
    public Uri HttpsSiteUrl(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Addresses.Count);
        return MakeUrl(Uri.UriSchemeHttps, Addresses[index], HttpsPort ?? throw NoTls());
    }

    /// <summary>
    /// How many requests arrived for exactly this path (any address, any method, counted before
    /// handling, so hung and aborted requests count). A query string, if given, is ignored.
    /// </summary>
    public int RequestCount(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return _router.RequestCount(query < 0 ? path : path[..query]);
    }

    /// <summary>How many requests, on any path, arrived on <c>Addresses[index]</c>.</summary>
    public int SiteRequestCount(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Addresses.Count);
        return _router.SiteRequestCount(index);
    }

    /// <summary>Zeroes every counter, e.g. after a warm-up.</summary>
    public void ResetCounters() => _router.ResetCounters();

    /// <summary>
    /// Serves <paramref name="path"/> (exact, case-sensitive, without query) with
    /// <paramref name="handler"/> on every address, ahead of any built-in route; replaces an
    /// earlier mapping of the same path. Works before or after start.
    /// </summary>
    public void Map(string path, RequestDelegate handler)
    {
        ValidateRoute(path, handler);
        _router.Map(path, handler);
    }

    /// <summary>Removes a mapping made with <see cref="Map"/>; the built-in route, if any, shows again.</summary>
    public bool Unmap(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _router.Unmap(path);
    }

    /// <summary>The exact body of <c>/page/{n}</c> for this farm's seed.</summary>
    public ReadOnlyMemory<byte> Page(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return _router.Pages.GetPage(n);
    }

    /// <summary>Stops at once: open connections, hung ones included, are aborted, not drained.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var now = new CancellationTokenSource())
        {
            // An already-cancelled token skips Kestrel's graceful drain and aborts every
            // connection, which fires RequestAborted and so ends /hang, /endless and friends.
            await now.CancelAsync().ConfigureAwait(false);
            try
            {
                await _app.StopAsync(now.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected with a cancelled token; the server is stopped either way.
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _http.Dispose();
        _https?.Dispose();
        _ownedCertificate?.Dispose();
    }

    private static WebApplication Build(
        ListenSocketSet http,
        ListenSocketSet? https,
        X509Certificate2? certificate,
        FarmRouter router)
    {
        // The empty builder reads no appsettings, no ASPNETCORE_* variables and adds no logging
        // providers, so the farm is silent and unaffected by the environment of the test run.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SiteFarm).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton<IHostLifetime>(new NoopHostLifetime());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseSockets(sockets => sockets.CreateBoundListenSocket = endpoint =>
            https?.TryClaim(endpoint) ?? http.TryClaim(endpoint) ?? SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The farm's slowness must come only from its routes, never from Kestrel cutting
            // off a client that reads slowly.
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Limits.MinRequestBodyDataRate = null;
            foreach (var address in http.Addresses)
            {
                kestrel.Listen(address, http.Port);
            }

            if (https is not null && certificate is not null)
            {
                // One TLS configuration shared by every endpoint: UseHttps(certificate) would build
                // a certificate context, chain and all, per endpoint, about 1 ms each.
                var tls = new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = SslStreamCertificateContext.Create(certificate, additionalCertificates: null, offline: true),
                    ApplicationProtocols = [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11],
                };
                foreach (var address in https.Addresses)
                {
                    kestrel.Listen(address, https.Port, endpoint =>
                    {
                        endpoint.Protocols = HttpProtocols.Http1AndHttp2;
                        endpoint.UseHttps(static (_, _, state, _) => ValueTask.FromResult((SslServerAuthenticationOptions)state!), tls);
                    });
                }
            }
        });

        var app = builder.Build();
        app.Run(router.HandleAsync);
        return app;
    }

    private static List<IPAddress> ListenAddresses(IReadOnlyList<IPAddress> addresses)
    {
        var listen = new List<IPAddress>(addresses.Count + 1) { IPAddress.Loopback };
        var seen = new HashSet<IPAddress>(addresses.Count + 1) { IPAddress.Loopback };
        foreach (var address in addresses)
        {
            ArgumentNullException.ThrowIfNull(address);
            if (!IPAddress.IsLoopback(address))
            {
                // Never listen on a real interface: the farm's routes are hostile by design.
                throw new ArgumentException($"{address} is not a loopback address.", nameof(addresses));
            }

            if (seen.Add(address))
            {
                listen.Add(address);
            }
            else if (!address.Equals(IPAddress.Loopback))
            {
                throw new ArgumentException($"{address} is listed twice.", nameof(addresses));
            }
        }

        return listen;
    }

    private static void ValidateRoute(string path, RequestDelegate handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(handler);
        if (path[0] != '/' || path.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException("The path must start with '/' and carry no query.", nameof(path));
        }
    }

    private static Uri MakeUrl(string scheme, IPAddress address, int port) =>
        new UriBuilder(scheme, address.ToString(), port).Uri;

    private static InvalidOperationException NoTls() =>
        new("The farm was started without Https.");
}
