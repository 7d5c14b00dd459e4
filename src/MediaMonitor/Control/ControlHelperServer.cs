using System.Net;
using System.Text.Json;
using MediaMonitor.Configuration;
using MediaMonitor.Probing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Serilog;

namespace MediaMonitor.Control;

/// <summary>
/// The control helper: POST /measure with {"url": "..."} answers with the helper's own
/// measurement of that URL (the same JSON as `check --json`). GET /health answers "ok".
/// It fetches what it is asked to, so bind it where only your probes can reach it.
/// </summary>
public static class ControlHelperServer
{
    public const string VantageName = "control";
    private const int MaxConcurrentMeasurements = 256;

    public static WebApplication Build(IPEndPoint listen, string? configFolder, string dataFolder, bool allowPrivate = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(listen);
            k.Limits.MaxRequestBodySize = 16 * 1024;
        });
        // No appsettings.json from the working folder, and no file watching: only what is given here.
        builder.Configuration.Sources.Clear();
        var configFile = configFolder is null ? null : Path.Combine(configFolder, AppHost.ConfigFileName);
        if (configFile is not null && File.Exists(configFile))
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }

        builder.Configuration.AddEnvironmentVariables(AppHost.EnvironmentPrefix);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ProbeOptions.SectionName}:{nameof(ProbeOptions.AllowPrivateAddresses)}"] = allowPrivate ? "true" : "false",
        });
        builder.Services.AddSerilog((_, logger) => logger
            // One line per request would cost more than the measurement; failures still show.
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http", Serilog.Events.LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(Path.Combine(Path.GetFullPath(dataFolder), "logs", "control-helper-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProbing();

        var app = builder.Build();
        var gate = new SemaphoreSlim(MaxConcurrentMeasurements);
        app.MapGet("/health", () => Results.Text("ok"));
        app.MapPost("/measure", async (HttpContext context, HttpProbe probe) =>
        {
            ControlRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync(context.Request.Body, ControlJson.Default.ControlRequest, context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                return Results.BadRequest($"not a measurement request: {e.Message}");
            }

            var problem = request?.Url is null ? "url is required" : Sites.SiteCatalog.CheckUrl(request.Url);
            if (problem is not null)
            {
                return Results.BadRequest(problem);
            }

            if (!await gate.WaitAsync(TimeSpan.FromSeconds(30), context.RequestAborted).ConfigureAwait(false))
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            try
            {
                var measurement = await probe.MeasureAsync(new ProbeTarget(new Uri(request!.Url)), VantageName, context.RequestAborted).ConfigureAwait(false);
                return Results.Text(ProbeJson.Serialize(measurement), "application/json");
            }
            finally
            {
                gate.Release();
            }
        });
        return app;
    }
}
