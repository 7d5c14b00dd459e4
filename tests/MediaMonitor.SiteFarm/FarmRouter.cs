using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// The farm's single terminal handler. One catch-all instead of ASP.NET routing so that a test's
/// override can shadow any built-in route, and so every request, matched or not, is counted.
/// </summary>
internal sealed class FarmRouter
{
    private const int DefaultSlowFirstByteMs = 1000;
    private const int DefaultSlowBodyRate = 1024;
    private const long DefaultSlowBodyTotal = 16 * 1024;

    private readonly ConcurrentDictionary<string, RequestDelegate> _overrides = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<int>> _counts = new(StringComparer.Ordinal);

    // Written only in the constructor, so concurrent readers need no lock.
    private readonly Dictionary<IPAddress, int> _siteIndex;
    private readonly int[] _siteCounts;
    private int _total;

    public FarmRouter(IReadOnlyList<IPAddress> sites, NewsPageGenerator pages)
    {
        Pages = pages;
        _siteCounts = new int[sites.Count];
        _siteIndex = new Dictionary<IPAddress, int>(sites.Count);
        for (var i = 0; i < sites.Count; i++)
        {
            // 127.0.0.1 stays the farm's own front door (the homepage), whatever the list says.
            if (!sites[i].Equals(IPAddress.Loopback))
            {
                _siteIndex[sites[i]] = i;
            }
        }
    }

    public NewsPageGenerator Pages { get; }

    public int TotalRequestCount => Volatile.Read(ref _total);

    public void Map(string path, RequestDelegate handler) => _overrides[path] = handler;

    public bool Unmap(string path) => _overrides.TryRemove(path, out _);

    public int RequestCount(string path) =>
        _counts.TryGetValue(path, out var box) ? Volatile.Read(ref box.Value) : 0;

    public int SiteRequestCount(int index) => Volatile.Read(ref _siteCounts[index]);

    public void ResetCounters()
    {
        _counts.Clear();
        for (var i = 0; i < _siteCounts.Length; i++)
        {
            Volatile.Write(ref _siteCounts[i], 0);
        }

        Volatile.Write(ref _total, 0);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value is { Length: > 0 } value ? value : "/";
        var sequence = Interlocked.Increment(ref _total);
        Interlocked.Increment(ref _counts.GetOrAdd(path, static _ => new StrongBox<int>()).Value);
        var site = SiteOf(context);
        if (site >= 0)
        {
            Interlocked.Increment(ref _siteCounts[site]);
        }

        var aborted = context.RequestAborted;
        try
        {
            if (_overrides.TryGetValue(path, out var handler))
            {
                await handler(context).ConfigureAwait(false);
                return;
            }

            var method = context.Request.Method;
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                context.Response.Headers.Allow = "GET, HEAD";
                await Responses.HtmlAsync(context, StatusCodes.Status405MethodNotAllowed, HtmlPages.Status(405), aborted).ConfigureAwait(false);
                return;
            }

            await DispatchAsync(context, path, site, sequence, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client left or the farm is stopping; Kestrel has nobody left to answer.
        }
    }

    private Task DispatchAsync(HttpContext context, string path, int site, int sequence, CancellationToken cancellationToken)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return site >= 0
                ? PageAsync(context, site, cancellationToken)
                : Responses.BytesAsync(context, StatusCodes.Status200OK, Responses.HtmlUtf8, HtmlPages.Home, cancellationToken);
        }

        var query = context.Request.Query;
        switch (segments.Length, segments[0])
        {
            case (2, "article") when TryNumber(segments[1], out var n):
                return Responses.HtmlAsync(context, StatusCodes.Status200OK, HtmlPages.Article(n), cancellationToken);
            case (2, "page") when TryNumber(segments[1], out var n):
                return PageAsync(context, n, cancellationToken);
            case (2, "redirect") when TryNumber(segments[1], out var n):
                return RedirectAsync(context, n == 0 ? "/" : string.Create(CultureInfo.InvariantCulture, $"/redirect/{n - 1}"), cancellationToken);
            case (2, "redirect-loop") when segments[1] is "a" or "b":
                return RedirectAsync(context, segments[1] == "a" ? "/redirect-loop/b" : "/redirect-loop/a", cancellationToken);
            case (1, "redirect-absolute"):
                return IsLoopbackHttpUrl(query["to"].ToString(), out var target)
                    ? RedirectAsync(context, target.AbsoluteUri, cancellationToken)
                    : BadRequestAsync(context, "to must be an absolute http(s) URL on a loopback host.", cancellationToken);
            case (2, "status") when TryNumber(segments[1], out var code):
                return code is >= 200 and <= 599
                    ? StatusAsync(context, code, cancellationToken)
                    : BadRequestAsync(context, "The status must be between 200 and 599.", cancellationToken);
            case (1, "slow-first-byte"):
                return TryQuery(query["ms"].ToString(), DefaultSlowFirstByteMs, out var ms)
                    ? HostileRoutes.SlowFirstByteAsync(context, (int)Math.Min(ms, int.MaxValue), cancellationToken)
                    : BadRequestAsync(context, "ms must be a non-negative integer.", cancellationToken);
            case (1, "slow-body"):
                return TryQuery(query["bytesPerSecond"].ToString(), DefaultSlowBodyRate, out var rate) && rate is > 0 and <= int.MaxValue
                    && TryQuery(query["total"].ToString(), DefaultSlowBodyTotal, out var total)
                    ? HostileRoutes.SlowBodyAsync(context, (int)rate, total, cancellationToken)
                    : BadRequestAsync(context, "bytesPerSecond must be a positive integer and total a non-negative one.", cancellationToken);
            case (1, "reset"):
                HostileRoutes.Reset(context);
                return Task.CompletedTask;
            case (1, "hang"):
                return HostileRoutes.HangAsync(cancellationToken);
            case (1, "endless"):
                return HostileRoutes.EndlessAsync(context, cancellationToken);
            case (1, "gzip-bomb"):
                return HostileRoutes.GzipBombAsync(context, cancellationToken);
            case (2, "charset"):
            case (3, "charset") when segments[2] == "meta-only":
                return CharsetAsync(context, segments[1], inMeta: segments.Length == 3, cancellationToken);
            case (1, "headers-flood"):
                return HostileRoutes.HeadersFloodAsync(context, cancellationToken);
            case (1, "captcha"):
                return CaptchaAsync(context, sequence, cancellationToken);
            default:
                return StatusAsync(context, StatusCodes.Status404NotFound, cancellationToken);
        }
    }

    private int SiteOf(HttpContext context)
    {
        if (_siteIndex.Count == 0 || context.Connection.LocalIpAddress is not { } local)
        {
            return -1;
        }

        if (local.IsIPv4MappedToIPv6)
        {
            local = local.MapToIPv4();
        }

        return _siteIndex.TryGetValue(local, out var index) ? index : -1;
    }

    private Task PageAsync(HttpContext context, int n, CancellationToken cancellationToken) =>
        Pages.WriteAsync(context.Response, n, cancellationToken);

    private static Task RedirectAsync(HttpContext context, string location, CancellationToken cancellationToken)
    {
        context.Response.Headers.Location = location;
        return Responses.HtmlAsync(context, StatusCodes.Status302Found,
            HtmlPages.Small("302 Found", "This page has moved."), cancellationToken);
    }

    private static Task StatusAsync(HttpContext context, int code, CancellationToken cancellationToken)
    {
        // Kestrel refuses a body on these three, so they go out bare.
        if (code is StatusCodes.Status204NoContent or StatusCodes.Status205ResetContent or StatusCodes.Status304NotModified)
        {
            context.Response.StatusCode = code;
            return Task.CompletedTask;
        }

        return Responses.HtmlAsync(context, code, HtmlPages.Status(code), cancellationToken);
    }

    private static Task BadRequestAsync(HttpContext context, string why, CancellationToken cancellationToken) =>
        Responses.HtmlAsync(context, StatusCodes.Status400BadRequest, HtmlPages.Small("400 Bad Request", why), cancellationToken);

    private static Task CaptchaAsync(HttpContext context, int sequence, CancellationToken cancellationToken)
    {
        var ray = string.Create(CultureInfo.InvariantCulture, $"{(uint)sequence * 2654435761u:x8}a1b2c3d4-FRA");
        var headers = context.Response.Headers;
        headers.Server = "cloudflare";
        headers["cf-ray"] = ray;
        headers["cf-mitigated"] = "challenge";
        headers.CacheControl = "private, max-age=0, no-store, no-cache, must-revalidate";
        return Responses.HtmlAsync(context, StatusCodes.Status403Forbidden, HtmlPages.Captcha(ray), cancellationToken);
    }

    private static Task CharsetAsync(HttpContext context, string name, bool inMeta, CancellationToken cancellationToken)
    {
        Encoding? encoding = name.ToUpperInvariant() switch
        {
            "UTF-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            "WINDOWS-1251" => Encoding.GetEncoding(1251),
            "KOI8-R" => Encoding.GetEncoding(20866),
            _ => null,
        };
        if (encoding is null)
        {
            return StatusAsync(context, StatusCodes.Status404NotFound, cancellationToken);
        }

        var charset = name.ToLowerInvariant();
        var body = encoding.GetBytes(HtmlPages.Charset(charset, inMeta));
        var contentType = inMeta ? "text/html" : "text/html; charset=" + charset;
        return Responses.BytesAsync(context, StatusCodes.Status200OK, contentType, body, cancellationToken);
    }

    private static bool IsLoopbackHttpUrl(string text, [NotNullWhen(true)] out Uri? target) =>
        Uri.TryCreate(text, UriKind.Absolute, out target)
        && (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps)
        && target.IsLoopback;

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TryQuery(string text, long fallback, out long value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
