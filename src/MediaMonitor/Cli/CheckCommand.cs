using System.Globalization;
using MediaMonitor.Checks;
using MediaMonitor.Configuration;
using MediaMonitor.Control;
using MediaMonitor.Probing;
using MediaMonitor.Sites;
using Microsoft.Extensions.Options;
using Serilog.Events;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MediaMonitor.Cli;

/// <summary>
/// One-off checks. Exit code 0 when every URL answered without a network failure, 1 when some
/// failed, 2 when the input or configuration is wrong.
/// </summary>
internal sealed class CheckCommand : AsyncCommand<CheckSettings>
{
    private const int ProgressThreshold = 10;

    public override async Task<int> ExecuteAsync(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var targets = new List<ProbeTarget>();
        var problems = new List<string>();
        foreach (var url in settings.Urls)
        {
            AddTarget(url, "command line", problems, targets);
        }

        if (settings.ListFile is not null)
        {
            ReadListFile(settings.ListFile, problems, targets);
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        var builder = AppHost.CreateBuilder(settings.ConfigFolder, settings.DataFolder, withScheduler: false, consoleLevel: LogEventLevel.Warning);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var services = host.Services;
            var monitor = services.GetRequiredService<IOptions<MonitorOptions>>().Value;
            var vantageName = settings.Vantage ?? monitor.DefaultVantage;
            if (monitor.Find(vantageName) is not { } vantage)
            {
                await Console.Error.WriteLineAsync($"--vantage: '{vantageName}' is not configured (Monitor:Vantages has {string.Join(", ", monitor.Vantages.Select(v => v.Name))})").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var controls = services.GetRequiredService<ControlFactory>();
            var control = settings.Control is not null ? controls.Helper(new Uri(settings.Control))
                : settings.ControlVantage is not null ? controls.Vantage(settings.ControlVantage)
                : controls.Configured();
            if (settings.ControlVantage is not null && control is null)
            {
                await Console.Error.WriteLineAsync($"--control-vantage: '{settings.ControlVantage}' is not configured").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var catalog = SiteCatalog.Load(services.GetRequiredService<IOptions<PathsOptions>>().Value.ConfigFolder);
            targets = targets.Select(t => t with { Outlet = t.Outlet ?? catalog.OutletFor(t.Url.IdnHost)?.Id }).ToList();
            var runner = services.GetRequiredService<CheckRunner>();
            var summary = settings.Json
                ? await RunJsonAsync(runner, targets, vantage, control, settings, cancellationToken).ConfigureAwait(false)
                : await RunTableAsync(runner, targets, vantage, control, settings, cancellationToken).ConfigureAwait(false);
            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<CycleSummary> RunJsonAsync(CheckRunner runner, List<ProbeTarget> targets, VantageOptions vantage, IControl? control, CheckSettings settings, CancellationToken cancellationToken)
    {
        var gate = new Lock();
        return await runner.RunAsync(targets, vantage, control, null, m =>
        {
            var line = ProbeJson.Serialize(m);
            lock (gate)
            {
                Console.Out.WriteLine(line);
            }
        }, cancellationToken, persist: !settings.NoStore).ConfigureAwait(false);
    }

    private static async Task<CycleSummary> RunTableAsync(CheckRunner runner, List<ProbeTarget> targets, VantageOptions vantage, IControl? control, CheckSettings settings, CancellationToken cancellationToken)
    {
        var results = new List<Measurement>();
        CycleSummary summary;
        if (targets.Count >= ProgressThreshold && AnsiConsole.Profile.Capabilities.Interactive)
        {
            summary = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Checking {targets.Count} URLs from {vantage.Name}", maxValue: targets.Count);
                    return await runner.RunAsync(targets, vantage, control, null, m =>
                    {
                        lock (results)
                        {
                            results.Add(m);
                        }

                        task.Increment(1);
                    }, cancellationToken, persist: !settings.NoStore).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            summary = await runner.RunAsync(targets, vantage, control, null, m =>
            {
                lock (results)
                {
                    results.Add(m);
                }
            }, cancellationToken, persist: !settings.NoStore).ConfigureAwait(false);
        }

        var order = targets.Select((t, i) => (t.Url.AbsoluteUri, i)).GroupBy(p => p.AbsoluteUri).ToDictionary(g => g.Key, g => g.First().i);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("URL", "Status", "Failure", "ms: DNS/TCP/TLS/1st byte/total", "Verdict", "Title");
        foreach (var m in results.OrderBy(m => order.GetValueOrDefault(m.Url)))
        {
            table.AddRow(
                Markup.Escape(m.Url),
                m.Http?.Status?.ToString(CultureInfo.InvariantCulture) ?? "-",
                m.Failure is null ? "[green]ok[/]" : $"[red]{Markup.Escape(m.Failure)}[/]" + (m.FailedPhase is null ? "" : $" ({m.FailedPhase})"),
                $"{Ms(m.Timings.DnsMs)}/{Ms(m.Timings.ConnectMs)}/{Ms(m.Timings.TlsMs)}/{Ms(m.Timings.FirstByteMs)}/{Ms(m.Timings.TotalMs)}",
                VerdictText(m),
                Markup.Escape(Shorten(m.Http?.Title ?? "", 40)));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            "{0} checked in {1:F1} s from [bold]{2}[/]: [green]{3} ok[/], {4} HTTP errors, [red]{5} failed[/]{6}",
            summary.Targets, summary.Duration.TotalSeconds, Markup.Escape(vantage.Name), summary.Ok, summary.HttpErrors, summary.Failed,
            summary.Failed > 0 ? Markup.Escape($" ({summary.FailuresText})") : "");
        return summary;
    }

    private static string VerdictText(Measurement m) => m.Verdict switch
    {
        null => "-",
        { Status: "blocked" } v => $"[red]blocked ({Markup.Escape(v.Method ?? "?")})[/] {v.Confidence.ToString("F2", CultureInfo.InvariantCulture)}",
        { Status: "ok" } v => $"[green]ok[/]{(v.ServerSideBlock is { } s ? $" ({s}, server-side)" : "")}",
        var v => Markup.Escape(v.Status),
    };

    private static string Ms(double? value) => value is { } v ? v.ToString("F0", CultureInfo.InvariantCulture) : "-";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static void AddTarget(string text, string where, List<string> problems, List<ProbeTarget> targets)
    {
        if (SiteCatalog.CheckUrl(text) is { } problem)
        {
            problems.Add($"{where}: {problem}");
            return;
        }

        targets.Add(new ProbeTarget(new Uri(text)));
    }

    private static void ReadListFile(string file, List<string> problems, List<ProbeTarget> targets)
    {
        if (!File.Exists(file))
        {
            problems.Add($"{file}: file not found");
            return;
        }

        var text = File.ReadAllText(file);
        if (text.TrimStart('\uFEFF').StartsWith("url,", StringComparison.OrdinalIgnoreCase))
        {
            var siteProblems = new List<SiteProblem>();
            foreach (var entry in SiteCatalog.ParseList(file, text, CategoryCodes.Default, siteProblems))
            {
                targets.Add(new ProbeTarget(entry.Url, Path.GetFileNameWithoutExtension(file)));
            }

            problems.AddRange(siteProblems.Select(p => p.ToString()));
            return;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                AddTarget(line, $"{file}:{i + 1}", problems, targets);
            }
        }
    }
}
