using System.Diagnostics;
using System.Globalization;
using MediaMonitor.Analysis;
using MediaMonitor.Configuration;
using MediaMonitor.Indexing;
using MediaMonitor.Probing;
using MediaMonitor.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Bench;

/// <summary>
/// Outbox drain rate: a store with a backlog of N measurements (realistic documents: DNS, TLS chain,
/// verdict, control) drained by the indexer into the fake Elasticsearch REST API, which runs in a child
/// process so the memory figures are the indexer's alone. Prints the rate and the managed heap and
/// working set every 10% of the drain.
///   dotnet run -c Release --project bench/MediaMonitor.Bench -- index-drain --findings 1000000 [--batch 2000]
/// </summary>
internal static class IndexDrainBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] == "fake-es")
        {
            // With --keep it keeps documents (to dry-run the real-cluster tests against it).
            await using var fake = await FakeElasticsearch.FakeElasticsearch.StartAsync();
            fake.RecordRequests = false;
            fake.KeepDocuments = args.Contains("--keep");
            Console.WriteLine(fake.Url);
            await Console.In.ReadToEndAsync();
            Console.Error.WriteLine($"fake: {fake.BulkRequests} bulk requests, {fake.BulkItems} items");
            return 0;
        }

        var findings = long.Parse(Option(args, "--findings") ?? "1000000", CultureInfo.InvariantCulture);
        var batch = int.Parse(Option(args, "--batch") ?? "2000", CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "mm-drain-" + Guid.NewGuid().ToString("N")[..8]);
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [typeof(IndexDrainBench).Assembly.Location, "fake-es"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        var url = new Uri(await child.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the fake did not start"));
        try
        {
            var storeOptions = Options.Create(new StoreOptions());
            await using var store = new SqliteStore(storeOptions, Options.Create(new PathsOptions { DataFolder = folder }), TimeProvider.System, NullLogger<SqliteStore>.Instance);
            await store.InitializeAsync(CancellationToken.None);
            var fill = Stopwatch.StartNew();
            await FillAsync(store, findings);
            Console.WriteLine($"backlog: {findings} measurements written in {fill.Elapsed.TotalSeconds:F0} s; store {new FileInfo(store.FilePath).Length / 1048576} MiB; fake Elasticsearch at {url} (child process {child.Id}); {Environment.ProcessorCount} cores");

            var options = new ElasticsearchOptions { Enabled = true, Urls = [url], BatchSize = batch };
            var indexer = new OutboxIndexer(new ElasticClientProvider(Options.Create(options)), store, Options.Create(options), TimeProvider.System, NullLogger<OutboxIndexer>.Instance);
            Console.WriteLine("| indexed | seconds | docs/s (so far) | managed heap MB | working set MB |");
            Console.WriteLine("|---:|---:|---:|---:|---:|");
            var clock = Stopwatch.StartNew();
            var next = findings / 10;
            var process = Process.GetCurrentProcess();
            var progress = new SyncProgress(p =>
            {
                if (p.Indexed >= next)
                {
                    next += findings / 10;
                    process.Refresh();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {p.Indexed} | {clock.Elapsed.TotalSeconds:F1} | {p.Indexed / clock.Elapsed.TotalSeconds:F0} | {GC.GetTotalMemory(false) / 1048576.0:F0} | {process.WorkingSet64 / 1048576.0:F0} |"));
                }
            });
            var result = await indexer.DrainAsync(stopWhenUnavailable: true, progress, CancellationToken.None);
            clock.Stop();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"drained {result.Indexed} documents in {clock.Elapsed.TotalSeconds:F1} s: {result.Indexed / clock.Elapsed.TotalSeconds:F0} docs/s; set aside {result.SetAside}; waiting {result.Waiting}; peak working set {process.PeakWorkingSet64 / 1048576} MB; gen2 GCs {GC.CollectionCount(2)}"));
            return result.Waiting == 0 && result.Indexed == findings ? 0 : 1;
        }
        finally
        {
            child.StandardInput.Close();
            await child.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task FillAsync(SqliteStore store, long findings)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var outlets = new[] { "vlast", "ratel", "kaztag", "orda", "uralskweek", "azattyq", "tengrinews", "kursiv" };
        const int Chunk = 20_000;
        for (long i = 0; i < findings; i += Chunk)
        {
            var tasks = new List<Task>(Chunk);
            for (var j = i; j < Math.Min(findings, i + Chunk); j++)
            {
                tasks.Add(store.AppendAsync(Sample(start.AddSeconds(j * 20), outlets[j % outlets.Length], (int)(j % 7)), CancellationToken.None));
            }

            await Task.WhenAll(tasks);
        }
    }

    private static Measurement Sample(DateTimeOffset at, string outlet, int variant)
    {
        var host = outlet + ".kz";
        var blocked = variant == 0;
        return new Measurement
        {
            Id = Guid.CreateVersion7(at),
            Url = $"https://{host}/",
            List = "kz",
            Outlet = outlet,
            Category = "NEWS",
            Vantage = variant % 2 == 0 ? "kz-almaty" : "kz-astana",
            VantageCountry = "KZ",
            VantageNetwork = variant % 2 == 0 ? "AS9198" : "AS48716",
            StartedAt = at,
            Dns = new DnsResult("system", host, ["185.22.64.10", "185.22.64.11"], null, 12.5),
            Tcp = [new TcpConnectResult("185.22.64.10", 443, null, 31.2)],
            Tls = new TlsResult(host, "TLS 1.3", "TLS_AES_256_GCM_SHA384", [new CertificateInfo($"CN={host}", "CN=R11, O=Let's Encrypt, C=US", at.AddDays(-30), at.AddDays(60), "5f2c9c1b7e0a4d8e9b3a6c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f")], null, 44.1),
            Http = new HttpResult { Status = blocked ? 403 : 200, Title = blocked ? "Доступ ограничен" : $"{outlet}: новости Казахстана", BodyLength = 84_211, BodySha256 = new string('a', 64) },
            Timings = new Timings(12.5, 31.2, 44.1, 120.4, 310.9),
            Verdict = blocked
                ? new Verdict(VerdictStatus.Blocked, BlockingMethod.Blockpage, 0.95, ["the response from the vantage matches known blockpage fingerprints: kz.gov blockpage", "HTTP 403, title 'Доступ ограничен'"])
                : new Verdict(VerdictStatus.Ok, null, 0.9, ["the vantage and the control received the same page"]),
        };
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    // Progress<T> posts to the thread pool and may report out of order; the bench wants each report inline.
    private sealed class SyncProgress(Action<DrainResult> report) : IProgress<DrainResult>
    {
        public void Report(DrainResult value) => report(value);
    }
}
