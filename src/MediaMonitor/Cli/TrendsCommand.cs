using System.Globalization;
using System.Text;
using System.Text.Json;
using MediaMonitor.Indexing;
using MediaMonitor.Storage;
using MediaMonitor.Trends;
using Serilog.Events;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>`trends`: measurement counts by time and by one or two dimensions, from the store or the index.</summary>
internal sealed class TrendsCommand : AsyncCommand<TrendsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, TrendsSettings settings, CancellationToken cancellationToken)
    {
        using var host = AppHost.CreateBuilder(settings.ConfigFolder, settings.DataFolder, withScheduler: false, consoleLevel: LogEventLevel.Warning).Build();
        var services = host.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var until = settings.Until is { } u ? Parse(u) : now;
        var since = settings.Since is { } s ? Parse(s) : until.AddDays(-30);
        var by = (settings.By ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var where = settings.Where.Select(w => w.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var query = new TrendQuery(settings.Grain, by, since, until) { Where = where };
        if (query.Problems() is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"trends: {problem}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        ITrendSource source;
        if (settings.Source == "store")
        {
            await services.GetRequiredService<SqliteStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            source = services.GetRequiredService<StoreTrends>();
        }
        else
        {
            source = services.GetRequiredService<ElasticTrends>();
        }

        IReadOnlyList<TrendRow> rows;
        try
        {
            rows = await source.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        }
        catch (IndexingException e)
        {
            await Console.Error.WriteLineAsync($"trends: {e.Message}").ConfigureAwait(false);
            return ExitCodes.SomeFailed;
        }

        Write(settings.Format, query, rows);
        return ExitCodes.Ok;
    }

    internal static void Write(string format, TrendQuery query, IReadOnlyList<TrendRow> rows)
    {
        var bucketFormat = query.Grain == "hour" ? "yyyy-MM-dd'T'HH:mm'Z'" : "yyyy-MM-dd";
        var headers = new[] { query.Grain }.Concat(query.By).Concat(["total", "ok", "anomaly", "confirmed", "failure"]).ToList();
        string[] Cells(TrendRow r) =>
        [
            r.Bucket.UtcDateTime.ToString(bucketFormat, CultureInfo.InvariantCulture),
            .. r.Keys.Select(k => k ?? ""),
            .. new[] { r.Total, r.Ok, r.Anomaly, r.Confirmed, r.Failure }.Select(n => n.ToString(CultureInfo.InvariantCulture)),
        ];
        switch (format)
        {
            case "csv":
                Console.WriteLine(string.Join(',', headers));
                foreach (var row in rows)
                {
                    Console.WriteLine(string.Join(',', Cells(row).Select(Sites.CsvReader.Escape)));
                }

                break;
            case "json":
                foreach (var row in rows)
                {
                    using var json = new MemoryStream();
                    using (var writer = new Utf8JsonWriter(json))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("bucket", row.Bucket);
                        for (var i = 0; i < query.By.Count; i++)
                        {
                            writer.WriteString(query.By[i], row.Keys[i]);
                        }

                        writer.WriteNumber("total", row.Total);
                        writer.WriteNumber("ok", row.Ok);
                        writer.WriteNumber("anomaly", row.Anomaly);
                        writer.WriteNumber("confirmed", row.Confirmed);
                        writer.WriteNumber("failure", row.Failure);
                        writer.WriteEndObject();
                    }

                    Console.WriteLine(Encoding.UTF8.GetString(json.GetBuffer(), 0, (int)json.Length));
                }

                break;
            default:
                if (rows.Count == 0)
                {
                    Console.WriteLine($"no measurements from {query.Since:yyyy-MM-dd HH:mm}Z to {query.Until:yyyy-MM-dd HH:mm}Z");
                    return;
                }

                var table = new Table().Border(TableBorder.Simple);
                foreach (var header in headers)
                {
                    table.AddColumn(header);
                }

                foreach (var row in rows)
                {
                    table.AddRow(Cells(row).Select(c => Markup.Escape(c.Length == 0 ? "-" : c)).ToArray());
                }

                AnsiConsole.Write(table);
                break;
        }
    }

    private static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
