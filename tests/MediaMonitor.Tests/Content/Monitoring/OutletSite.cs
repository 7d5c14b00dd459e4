using System.Collections.Concurrent;
using System.Text;
using MediaMonitor.Content.Monitoring;
using MediaMonitor.Signals;
using MediaMonitor.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Serilog.Events;

namespace MediaMonitor.Tests.Content.Monitoring;

using MediaMonitor.SiteFarm;

/// <summary>
/// A fake outlet on the loopback farm (news.farm.test, resolved to 127.0.0.1), its pages editable
/// between passes, and the program's content monitoring wired as `run` wires it, with time on a
/// <see cref="FakeTimeProvider"/>: tests move days with <see cref="Advance"/>, never sleep.
/// </summary>
internal sealed class OutletSite : IAsyncDisposable
{
    public const string List = "farm";
    public const string OutletId = "farm";

    private readonly ConcurrentDictionary<string, Response> _pages = new(StringComparer.Ordinal);
    private readonly TestConfig _config = new();
    private SiteFarm _farm = null!;
    private IHost _host = null!;

    private OutletSite()
    {
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public string BaseUrl => $"http://news.farm.test:{_farm.Port}";

    public string DataFolder => _config.DataFolder;

    public string StorePath => _config.StorePath;

    public ContentMonitor Monitor => _host.Services.GetRequiredService<ContentMonitor>();

    public ContentRepository Repository => _host.Services.GetRequiredService<ContentRepository>();

    public SiteFarm Farm => _farm;

    /// <summary>
    /// Starts the farm and the program. <paramref name="outletExtra"/> is spliced into the outlet's JSON (ignore rules, say),
    /// <paramref name="contentSettings"/> into the Content section, with {PORT} replaced by the farm's port.
    /// </summary>
    public static async Task<OutletSite> StartAsync(string outletExtra = "", string contentSettings = "", bool withFeed = true, string moreOutlets = "")
    {
        var site = new OutletSite();
        site._farm = await SiteFarm.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var p = site._farm.Port;
        site._config.WriteSettings($$"""
            {
              "Monitor": { "Vantages": [ { "Name": "local", "Country": "KZ", "Network": "AS0" } ] },
              "Probing": { "TimeoutSeconds": 10, "Resolve": { "news.farm.test": [ "127.0.0.1" ] } },
              "Content": { "MinRequestInterval": "00:00:00", "ArticlesPerOutlet": 20 {{contentSettings.Replace("{PORT}", p.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}} }
            }
            """);
        var feeds = withFeed ? $"\"http://news.farm.test:{p}/rss.xml\"" : "";
        site._config.WriteOutlets("farm", $$"""
            { "outlets": [ { "id": "farm", "name": "Farm News", "country": "KZ", "domains": [ "farm.test" ], "feeds": [ {{feeds}} ] {{outletExtra}} } {{moreOutlets}} ] }
            """);
        site._config.WriteList(List, $"http://news.farm.test:{p}/,NEWS,News Media,2026-11-26,test,home");

        // The shipped legal-signal rules, as a deployment has them next to its outlets.
        var signals = Directory.CreateDirectory(Path.Combine(site._config.ConfigFolder, "signals"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "config", "signals"), "*.json"))
        {
            File.Copy(file, Path.Combine(signals.FullName, Path.GetFileName(file)));
        }
        var builder = AppHost.CreateBuilder(site._config.ConfigFolder, site._config.DataFolder, withScheduler: false, consoleLevel: LogEventLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(site.Time);
        site._host = builder.Build();
        await site._host.StartAsync(TestContext.Current.CancellationToken);
        return site;
    }

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> from now on.</summary>
    public void Serve(string path, string html, int status = 200, string contentType = "text/html; charset=utf-8") =>
        Set(path, new Response(status, contentType, Encoding.UTF8.GetBytes(html), null));

    public void ServeBytes(string path, byte[] body, string contentType, int status = 200) => Set(path, new Response(status, contentType, body, null));

    public void Redirect(string path, string location, int status = 301) => Set(path, new Response(status, "text/html", [], location));

    /// <summary>Stops serving <paramref name="path"/>: the farm answers its own 404 page.</summary>
    public void Remove(string path)
    {
        _pages.TryRemove(path, out _);
        _farm.Unmap(path);
    }

    public void Advance(TimeSpan by) => Time.Advance(by);

    public Task<ContentPassSummary> PassAsync() => Monitor.RunListAsync(List, null, TestContext.Current.CancellationToken);

    public Task<IReadOnlyList<Signal>> SignalsAsync(string? kind = null) => Repository.SignalsAsync(kind, null, TestContext.Current.CancellationToken);

    /// <summary>Takedowns, edits and replacements only: the fixture articles are about a lawsuit, so they also carry legal signals.</summary>
    public async Task<IReadOnlyList<Signal>> ContentSignalsAsync() =>
        [.. (await SignalsAsync()).Where(s => !SignalKinds.IsLegal(s.Kind))];

    public string Url(string path) => BaseUrl + path;

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        await _farm.DisposeAsync();
        _config.Dispose();
    }

    private void Set(string path, Response response)
    {
        var known = _pages.ContainsKey(path);
        _pages[path] = response;
        if (!known)
        {
            _farm.Map(path, context => WriteAsync(context, path));
        }
    }

    private async Task WriteAsync(HttpContext context, string path)
    {
        if (!_pages.TryGetValue(path, out var response))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.StatusCode = response.Status;
        if (response.Location is not null)
        {
            context.Response.Headers.Location = response.Location;
            return;
        }

        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }

    private sealed record Response(int Status, string ContentType, byte[] Body, string? Location);
}
