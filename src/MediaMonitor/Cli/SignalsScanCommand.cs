using System.IO.Compression;
using System.Text;
using System.Text.Json;
using MediaMonitor.Content;
using MediaMonitor.Signals.Legal;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>
/// Runs the legal-signal rules of config/signals with the outlets of config/outlets over files,
/// as staff do to try a rule change. Needs no store. Exit code 0: ran (signals or not); 2: bad input
/// or a broken rule file.
/// </summary>
internal sealed class SignalsScanCommand : AsyncCommand<SignalsScanSettings>
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".html.gz", ".htm.gz"];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override async Task<int> ExecuteAsync(CommandContext context, SignalsScanSettings settings, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var path in settings.Paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsScannable).Order(StringComparer.Ordinal));
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

        if (!File.Exists(Path.Combine(settings.ConfigFolder, AppHost.ConfigFileName)) && !Directory.Exists(Path.Combine(settings.ConfigFolder, "signals")))
        {
            await Console.Error.WriteLineAsync($"Error: {Path.Combine(settings.ConfigFolder, "signals")} not found: give the config folder with --config DIR").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var scanner = LegalScanner.Load(settings.ConfigFolder);
        if (scanner.Problems.Count > 0)
        {
            foreach (var problem in scanner.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        var extractor = new ArticleExtractor();
        var stdout = Console.OpenStandardOutput();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (title, text) = await ReadAsync(file, extractor, cancellationToken).ConfigureAwait(false);
            foreach (var finding in scanner.Detector.Detect(title, text))
            {
                if (settings.Json)
                {
                    using var buffer = new MemoryStream();
                    await using (var json = new Utf8JsonWriter(buffer, JsonOptions))
                    {
                        Write(json, file, finding);
                    }

                    buffer.WriteByte((byte)'\n');
                    await stdout.WriteAsync(buffer.ToArray(), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    Console.WriteLine($"{file}\t{finding.Kind}\t{finding.Subject}\t{finding.Confidence:0.00}\t{finding.Evidence}");
                }
            }
        }

        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    internal static void Write(Utf8JsonWriter json, string file, LegalFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("file", file);
        json.WriteString("kind", finding.Kind);
        json.WriteString("subject", finding.Subject);
        json.WriteString("subject_name", finding.SubjectName);
        json.WriteString("person", finding.Person);
        json.WriteNumber("confidence", finding.Confidence);
        json.WriteString("evidence", finding.Evidence);
        json.WriteString("trigger", finding.Trigger);
        json.WriteString("article", finding.Details.Article);
        if (finding.Details.Amount is { } amount)
        {
            json.WriteNumber("amount", amount);
        }
        else
        {
            json.WriteNull("amount");
        }

        json.WriteString("currency", finding.Details.Currency);
        json.WriteString("court", finding.Details.Court);
        json.WriteString("claimant", finding.Details.Claimant);
        json.WriteEndObject();
    }

    private static bool IsScannable(string file) => Extensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static async Task<(string? Title, string Text)> ReadAsync(string file, ArticleExtractor extractor, CancellationToken cancellationToken)
    {
        byte[] bytes;
        if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            await using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            await gzip.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        else
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }

        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return (null, HtmlDecoder.Decode(bytes, "text/plain"));
        }

        var article = extractor.Extract(new Uri(Path.GetFullPath(file)), HtmlDecoder.Decode(bytes), cancellationToken);
        return (article.Title, article.Text);
    }
}
