using System.Diagnostics;
using System.Globalization;
using MediaMonitor;
using MediaMonitor.Checks;
using MediaMonitor.Probing;
using MediaMonitor.SiteFarm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Events;

// Check-cycle benchmark. The farm (N sites on distinct 127.x.y.z addresses, 50-150 KB pages)
// runs in a child process so that the peak RSS reported is the monitor's alone.
// With --with-control, a control helper runs as another child process and every check is also
// measured from it and judged (the blocking measurement's full path).
//   dotnet run -c Release --project bench/MediaMonitor.Bench -- cycle --sites 1000 10000 [--concurrency 128] [--with-control]
//   (internal) ... farm --sites N
//   ... extract --folder DIR: the article extractor alone, single-threaded (ExtractBench.cs)
//   ... legal --set FILE.jsonl: precision and recall of the legal-signal rules per kind (LegalBench.cs)
//   ... index-drain --findings N: outbox drain rate into the fake Elasticsearch (child process) and memory (IndexDrainBench.cs)
var mode = args.FirstOrDefault() ?? "cycle";
if (mode == "farm")
{
    return await FarmMain(Ints(args, "--sites").Max());
}

if (mode == "extract")
{
    return await MediaMonitor.Bench.ExtractBench.RunAsync(args);
}

if (mode == "legal")
{
    return MediaMonitor.Bench.LegalBench.Run(args);
}

if (mode == "index-drain" || mode == "fake-es")
{
    return await MediaMonitor.Bench.IndexDrainBench.RunAsync(args);
}

if (mode == "fingerprints")
{
    return await FingerprintsMain();
}

var sizes = Ints(args, "--sites");
if (sizes.Count == 0)
{
    sizes = [1000, 10000];
}

var concurrency = Ints(args, "--concurrency").DefaultIfEmpty(128).First();
var max = sizes.Max();
var withControl = args.Contains("--with-control");
using var farm = StartFarmProcess(max);
Uri? controlUrl = null;
using var helper = withControl ? StartControlHelper(out controlUrl) : null;

var port = int.Parse(farm.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the farm did not start"), CultureInfo.InvariantCulture);
var addresses = SiteFarm.LoopbackAddresses(max);
Console.WriteLine($"farm: {max} sites on port {port} (child process {farm.Id}); probe concurrency {concurrency}; {Environment.ProcessorCount} cores; control: {(controlUrl is null ? "none" : $"helper {controlUrl} (child process {helper!.Id})")}");
Console.WriteLine("| sites | seconds | checks/s | p50 ms | p95 ms | failed | peak RSS MB |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
try
{
    foreach (var n in sizes)
    {
        await RunCycle(n, port, addresses, concurrency, controlUrl);
    }
}
finally
{
    farm.Kill(entireProcessTree: true);
    helper?.Kill(entireProcessTree: true);
}

return 0;

static async Task RunCycle(int n, int port, IReadOnlyList<System.Net.IPAddress> addresses, int concurrency, Uri? controlUrl)
{
    var root = Path.Combine(Path.GetTempPath(), "mm-bench", Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(Path.Combine(root, "config", "sites"));
    Directory.CreateDirectory(Path.Combine(root, "config", "outlets"));
    await File.WriteAllTextAsync(Path.Combine(root, "config", "mediamonitor.json"),
        $$"""{ "Monitor": { "Vantages": [ { "Name": "local" } ] }, "Probing": { "MaxConcurrency": {{concurrency}}, "TimeoutSeconds": 30 }, "Serilog": { "MinimumLevel": { "Default": "Warning" } } }""");
    try
    {
        using var host = AppHost.CreateBuilder(Path.Combine(root, "config"), Path.Combine(root, "data"), withScheduler: false, consoleLevel: LogEventLevel.Warning).Build();
        await host.StartAsync();
        var runner = host.Services.GetRequiredService<CheckRunner>();
        var control = controlUrl is null ? null : host.Services.GetRequiredService<MediaMonitor.Control.ControlFactory>().Helper(controlUrl);
        var targets = Enumerable.Range(0, n).Select(i => new ProbeTarget(new Uri($"http://{addresses[i]}:{port}/"), "bench")).ToList();
        var times = new double[n];
        var next = -1;
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var summary = await runner.RunAsync(targets, new MediaMonitor.Configuration.VantageOptions { Name = "local" }, control, "bench", m => times[Interlocked.Increment(ref next)] = m.Timings.TotalMs, CancellationToken.None);
        clock.Stop();
        Array.Sort(times);
        var stored = await host.Services.GetRequiredService<MediaMonitor.Storage.SqliteStore>().CountMeasurementsAsync(CancellationToken.None);
        await host.StopAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n} | {clock.Elapsed.TotalSeconds:F1} | {n / clock.Elapsed.TotalSeconds:F0} | {times[n / 2]:F1} | {times[(int)(n * 0.95)]:F1} | {summary.Failed + summary.HttpErrors} | {PeakRssMb():F0} |"));
        if (control is not null)
        {
            Console.WriteLine($"verdicts: {summary.VerdictsText}");
        }
        if (stored != n)
        {
            Console.WriteLine($"warning: {stored} measurements stored for {n} checks");
        }
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

static async Task<int> FarmMain(int sites)
{
    await using var farm = await SiteFarm.StartAsync(new SiteFarmOptions { Addresses = SiteFarm.LoopbackAddresses(sites) });
    Console.WriteLine(farm.Port.ToString(CultureInfo.InvariantCulture));
    Console.Out.Flush();

    // Runs until the parent kills it, or its standard input closes.
    await Console.In.ReadToEndAsync();
    return 0;
}

static Process StartFarmProcess(int sites)
{
    var self = Environment.ProcessPath!;
    var start = self.EndsWith("dotnet", StringComparison.Ordinal)
        ? new ProcessStartInfo(self, [typeof(SiteFarm).Assembly.Location.Replace("MediaMonitor.SiteFarm.dll", "MediaMonitor.Bench.dll", StringComparison.Ordinal), "farm", "--sites", sites.ToString(CultureInfo.InvariantCulture)])
        : new ProcessStartInfo(self, ["farm", "--sites", sites.ToString(CultureInfo.InvariantCulture)]);
    start.RedirectStandardOutput = true;
    start.RedirectStandardInput = true;
    return Process.Start(start)!;
}

static Process StartControlHelper(out Uri? url)
{
    using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    probe.Start();
    var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    probe.Stop();
    var program = Path.Combine(AppContext.BaseDirectory, "mediamonitor.dll");
    var data = Path.Combine(Path.GetTempPath(), "mm-bench-helper");
    var start = new ProcessStartInfo("dotnet", [program, "control-helper", "--allow-private", "--listen", $"127.0.0.1:{port}", "--data", data, "--config", data])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    start.Environment["MEDIAMONITOR_Serilog__MinimumLevel__Default"] = "Warning";
    start.Environment["MEDIAMONITOR_Probing__MaxConcurrencyPerHost"] = "8";
    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    url = new Uri($"http://127.0.0.1:{port}/");
    using var http = new HttpClient();
    for (var i = 0; i < 100; i++)
    {
        try
        {
            if (http.GetStringAsync(new Uri(url, "health")).GetAwaiter().GetResult() == "ok")
            {
                return process;
            }
        }
        catch (HttpRequestException)
        {
            Thread.Sleep(100);
        }
    }

    throw new InvalidOperationException("the control helper did not start");
}

// Cost of matching one farm page (the probe's first 64 KiB of it) against every blockpage fingerprint.
static async Task<int> FingerprintsMain()
{
    var clock = Stopwatch.StartNew();
    var fingerprints = MediaMonitor.Analysis.Fingerprints.BlockpageFingerprints.Default;
    _ = fingerprints.MatchDns(["192.0.2.1"]);
    Console.WriteLine($"load: {clock.Elapsed.TotalMilliseconds:F0} ms");
    var headers = new Dictionary<string, string> { ["content-type"] = "text/html; charset=utf-8", ["server"] = "Kestrel", ["date"] = "Thu, 26 Nov 2026 20:00:00 GMT" };
    foreach (var n in new[] { 1, 2, 3 })
    {
        await using var farm = await SiteFarm.StartAsync(new SiteFarmOptions { Seed = n });
        var page = System.Text.Encoding.UTF8.GetString(farm.Page(n).Span[..Math.Min(65536, farm.Page(n).Length)]);
        const int rounds = 500;
        clock.Restart();
        var matches = 0;
        for (var i = 0; i < rounds; i++)
        {
            matches += fingerprints.MatchHttp(200, headers, page).Count;
        }

        Console.WriteLine($"page {n} ({page.Length} chars): {clock.Elapsed.TotalMilliseconds * 1000 / rounds:F0} µs per match, {matches / rounds} matches");
    }

    return 0;
}

static double PeakRssMb()
{
    // VmHWM: the resident set's high-water mark, i.e. peak RSS, of this process.
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
    }

    return double.NaN;
}

static List<int> Ints(string[] args, string name)
{
    var values = new List<int>();
    var i = Array.IndexOf(args, name);
    for (i++; i > 0 && i < args.Length && int.TryParse(args[i], CultureInfo.InvariantCulture, out var v); i++)
    {
        values.Add(v);
    }

    return values;
}
