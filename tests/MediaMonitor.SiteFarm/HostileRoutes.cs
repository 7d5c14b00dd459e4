using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace MediaMonitor.SiteFarm;

/// <summary>
/// Routes that misbehave the way censored, overloaded or hostile sites do. Every wait is tied to
/// the request's abort token so a disposing farm or a departing client ends them at once.
/// </summary>
internal static class HostileRoutes
{
    private const int EndlessChunk = 16 * 1024;

    private static readonly string FloodValue = string.Create(
        FarmContent.HeadersFloodValueLength, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + (i % 26));
            }
        });

    private static readonly string[] FloodNames = Enumerable.Range(0, FarmContent.HeadersFloodCount)
        .Select(i => string.Create(CultureInfo.InvariantCulture, $"X-Flood-{i:D3}"))
        .ToArray();

    public static async Task SlowFirstByteAsync(HttpContext context, int milliseconds, CancellationToken cancellationToken)
    {
        await Task.Delay(milliseconds, cancellationToken).ConfigureAwait(false);
        var html = HtmlPages.Small("Slow first byte", string.Create(CultureInfo.InvariantCulture, $"Waited {milliseconds} ms before answering."));
        await Responses.HtmlAsync(context, StatusCodes.Status200OK, html, cancellationToken).ConfigureAwait(false);
    }

    public static async Task SlowBodyAsync(HttpContext context, int bytesPerSecond, long total, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = Responses.HtmlUtf8;
        response.ContentLength = total;
        // Headers go out at once: the point is a prompt first byte followed by a starved body.
        await response.StartAsync(cancellationToken).ConfigureAwait(false);

        // About ten writes a second, so even slow rates show steady progress rather than bursts.
        var chunk = Math.Clamp(bytesPerSecond / 10, 1, RepeatingText.MaxSlice);
        var clock = Stopwatch.StartNew();
        long sent = 0;
        while (sent < total)
        {
            var length = (int)Math.Min(chunk, total - sent);
            await response.Body.WriteAsync(RepeatingText.Slice(sent, length), cancellationToken).ConfigureAwait(false);
            sent += length;

            // Pacing against the start time rather than sleeping a fixed step keeps the average
            // rate exact however long each write took.
            var due = TimeSpan.FromSeconds((double)sent / bytesPerSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero && sent < total)
            {
                await Task.Delay(due, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Closes the TCP connection with an RST before any response byte. Kestrel's own abort shuts
    /// the socket down gracefully (the client would see a FIN, i.e. an early EOF), so the socket is
    /// closed here first with a zero linger, which makes the kernel send an RST instead.
    /// </summary>
    public static void Reset(HttpContext context)
    {
        var socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
        if (socket is not null)
        {
            try
            {
                socket.LingerState = new LingerOption(enable: true, seconds: 0);
                socket.Close(timeout: 0);
            }
            catch (ObjectDisposedException)
            {
                // The client left first; there is nothing left to reset.
            }
            catch (SocketException)
            {
                // Same: the connection is already gone.
            }
        }

        context.Abort();
    }

    public static Task HangAsync(CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken);

    public static async Task EndlessAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = Responses.HtmlUtf8;
        await response.Body.WriteAsync(RepeatingText.Prologue, cancellationToken).ConfigureAwait(false);
        for (long offset = 0; !cancellationToken.IsCancellationRequested; offset += EndlessChunk)
        {
            await response.Body.WriteAsync(RepeatingText.Slice(offset, EndlessChunk), cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task GzipBombAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var payload = await GzipBomb.GetAsync(cancellationToken).ConfigureAwait(false);
        context.Response.Headers.ContentEncoding = "gzip";
        await Responses.BytesAsync(context, StatusCodes.Status200OK, Responses.HtmlUtf8, payload, cancellationToken).ConfigureAwait(false);
    }

    public static Task HeadersFloodAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var headers = context.Response.Headers;
        foreach (var name in FloodNames)
        {
            headers[name] = FloodValue;
        }

        var html = HtmlPages.Small("Headers flood", string.Create(CultureInfo.InvariantCulture,
            $"This response carries {FarmContent.HeadersFloodCount} headers of {FarmContent.HeadersFloodValueLength} bytes each."));
        return Responses.HtmlAsync(context, StatusCodes.Status200OK, html, cancellationToken);
    }
}
