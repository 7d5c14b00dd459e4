using System.Text;
using Microsoft.AspNetCore.Http;

namespace MediaMonitor.SiteFarm;

/// <summary>Writes complete, length-delimited bodies, so clients see ordinary non-chunked responses.</summary>
internal static class Responses
{
    public const string HtmlUtf8 = "text/html; charset=utf-8";

    public static Task HtmlAsync(HttpContext context, int status, string html, CancellationToken cancellationToken) =>
        BytesAsync(context, status, HtmlUtf8, Encoding.UTF8.GetBytes(html), cancellationToken);

    public static async Task BytesAsync(
        HttpContext context,
        int status,
        string contentType,
        ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }
}
