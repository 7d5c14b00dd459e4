using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaMonitor.Tests.Probing.Dns;

/// <summary>
/// A DoH server on http://127.0.0.1 (Kestrel, port 0): <c>/dns-query</c> answers from a
/// <see cref="DnsTestZone"/>; <c>/error</c> is HTTP 500; <c>/html</c> is a 200 that is not DNS.
/// </summary>
internal sealed class TestDohServer : IAsyncDisposable
{
    private const string MediaType = "application/dns-message";

    private readonly WebApplication _app;

    private TestDohServer(WebApplication app, DnsTestZone zone, Uri baseUrl)
    {
        _app = app;
        Zone = zone;
        BaseUrl = baseUrl;
    }

    public DnsTestZone Zone { get; }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<DohRequest> Requests { get; } = new();

    public static async Task<TestDohServer> StartAsync(DnsTestZone zone, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TestDohServer? server = null;
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            server!.Requests.Enqueue(new DohRequest(request.Method, request.Path, request.ContentType, request.Headers.Accept.ToString(), request.Protocol));
            await next(context);
        });
        app.MapPost("/dns-query", context => AnswerAsync(zone, context));
        app.MapPost("/error", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        app.MapPost("/html", context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<html>blocked</html>", context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new TestDohServer(app, zone, new Uri(address));
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task AnswerAsync(DnsTestZone zone, HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var replies = zone.Respond(body.ToArray(), DnsTestZone.Doh);
        if (replies.Count == 0)
        {
            // Silent: hold the request until the client gives up.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return;
        }

        context.Response.ContentType = MediaType;
        await context.Response.Body.WriteAsync(replies[0], context.RequestAborted);
    }
}
