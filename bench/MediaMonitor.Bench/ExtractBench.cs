using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using MediaMonitor.Content;

namespace MediaMonitor.Bench;

/// <summary>
/// Times the article extractor alone, single-threaded, on saved pages (.html / .html.gz), read and
/// decoded before the clock starts. A warm-up pass first, so JIT time is not counted.
///   dotnet run -c Release --project bench/MediaMonitor.Bench -- extract --folder DIR [--rounds N] [--slowest N]
/// </summary>
internal static class ExtractBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Option(args, "--folder") ?? throw new ArgumentException("extract needs --folder DIR");
        var rounds = int.Parse(Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        var slowest = int.Parse(Option(args, "--slowest") ?? "5", CultureInfo.InvariantCulture);
        var pages = new List<(string Name, string Html)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            byte[] bytes;
            if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                await using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                await gzip.CopyToAsync(buffer);
                bytes = buffer.ToArray();
            }
            else if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            {
                bytes = await File.ReadAllBytesAsync(file);
            }
            else
            {
                continue;
            }

            pages.Add((Path.GetFileName(file), HtmlDecoder.Decode(bytes)));
        }

        var extractor = new ArticleExtractor();
        var url = new Uri("https://example.org/article");
        foreach (var page in pages)
        {
            extractor.Extract(url, page.Html);
        }

        var times = new double[pages.Count];

        // CPU time next to wall time: on a shared machine the wall clock also counts the time other
        // processes held the core, the CPU time much less so.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                extractor.Extract(url, pages[i].Html);
                times[i] += clock.Elapsed.TotalMilliseconds / rounds;
            }
        }

        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        // The floor: what parsing alone costs, for comparison.
        var parseClock = Stopwatch.StartNew();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var page in pages)
        {
            using var document = parser.ParseDocument(page.Html);
        }

        parseClock.Stop();
        var megabytes = pages.Sum(p => (long)p.Html.Length) / 1e6;
        var count = pages.Count * rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extract: {pages.Count} pages ({megabytes:F1} M chars) x {rounds} rounds, 1 thread: {total.Elapsed.TotalSeconds:F2} s, {count / total.Elapsed.TotalSeconds:F1} pages/s ({count / cpu.TotalSeconds:F1} per CPU second), {times.Order().ElementAt(times.Length / 2):F1} ms median; AngleSharp parse alone {pages.Count / parseClock.Elapsed.TotalSeconds:F1} pages/s"));
        foreach (var i in Enumerable.Range(0, pages.Count).OrderByDescending(i => times[i]).Take(slowest))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {times[i],8:F1} ms  {pages[i].Html.Length / 1000,6} k chars  {pages[i].Name}"));
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
