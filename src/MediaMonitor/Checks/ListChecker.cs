using MediaMonitor.Configuration;
using MediaMonitor.Probing;
using MediaMonitor.Sites;
using Microsoft.Extensions.Options;

namespace MediaMonitor.Checks;

/// <summary>
/// Checks one site list from the default vantage. The list is read afresh each time, so an edit
/// to config/sites takes effect at the next cycle without a restart.
/// </summary>
public sealed partial class ListChecker(
    CheckRunner runner,
    Control.ControlFactory controls,
    IOptions<PathsOptions> paths,
    IOptions<MonitorOptions> monitor,
    ILogger<ListChecker> logger)
{
    public async Task<CycleSummary?> CheckListAsync(string list, CancellationToken cancellationToken)
    {
        var catalog = SiteCatalog.Load(paths.Value.ConfigFolder);
        if (catalog.Problems.Count > 0)
        {
            Log.ListProblems(logger, catalog.Problems.Count, string.Join("; ", catalog.Problems.Take(5)));
        }

        if (!catalog.Lists.TryGetValue(list, out var entries))
        {
            Log.ListMissing(logger, list);
            return null;
        }

        var targets = entries.Select(e => new ProbeTarget(e.Url, list, catalog.OutletFor(e.Url.IdnHost)?.Id) { Category = e.CategoryCode }).ToList();
        var vantage = monitor.Value.Find(monitor.Value.DefaultVantage)!;
        return await runner.RunAsync(targets, vantage, controls.Configured(), list, null, cancellationToken).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Site list {List} is scheduled but no longer in config/sites; skipping it")]
        public static partial void ListMissing(ILogger logger, string list);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Site lists have {Count} problems (rows left out); run `mediamonitor sites validate`. First: {Problems}")]
        public static partial void ListProblems(ILogger logger, int count, string problems);
    }
}
