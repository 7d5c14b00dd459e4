using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using MediaMonitor.Content;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>Runs the article extractor over saved pages and writes one JSON object of title and body per page. Needs no configuration.</summary>
internal sealed class ExtractCommand : AsyncCommand<ExtractSettings>
{
    /// <summary>Files (and gzip contents) larger than this are skipped and recorded.</summary>
    internal const long MaxBytes = 50L * 1024 * 1024;

    private const int ProgressEvery = 50;

    public override async Task<int> ExecuteAsync(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var path in settings.Paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsHtml).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                await Console.Error.WriteLineAsync($"Error: no such file or folder: {path}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }

        var extractor = new ArticleExtractor();
        var skipped = 0;
        var clock = Stopwatch.StartNew();
        await using var output = File.Create(settings.Out!);
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            json.WritePropertyName(PageId(file));
            json.WriteStartObject();
            var bytes = await ReadBounded(file, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                skipped++;
                await Console.Error.WriteLineAsync($"Skipped {file}: larger than {MaxBytes / (1024 * 1024)} MB").ConfigureAwait(false);
                json.WriteNull("title");
                json.WriteString("articleBody", string.Empty);
                json.WriteString("skipped", "too large");
            }
            else
            {
                var html = HtmlDecoder.Decode(bytes);
                var article = extractor.Extract(new Uri(Path.GetFullPath(file)), html, cancellationToken);
                json.WriteString("title", article.Title);
                json.WriteString("articleBody", article.Text);
            }

            json.WriteEndObject();
            if ((i + 1) % ProgressEvery == 0)
            {
                await Console.Error.WriteLineAsync($"{i + 1}/{files.Count} files, {clock.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);
            }
        }

        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files ({skipped} skipped) in {seconds:F2} s: {(seconds > 0 ? files.Count / seconds : 0):F1} pages/s")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without .gz and .html: <c>x.html.gz</c> is <c>x</c>.</summary>
    internal static string PageId(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Path.GetFileNameWithoutExtension(name);
    }

    // Null when the file, or what it decompresses to, is over the limit.
    internal static async Task<byte[]?> ReadBounded(string path, CancellationToken cancellationToken)
    {
        if (new FileInfo(path).Length > MaxBytes)
        {
            return null;
        }

        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }

        await using var file = File.OpenRead(path);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await gzip.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
