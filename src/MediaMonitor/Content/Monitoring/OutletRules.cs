using System.Collections.Concurrent;
using MediaMonitor.Content.Changes;
using MediaMonitor.Sites;

namespace MediaMonitor.Content.Monitoring;

/// <summary>
/// The ignore rules for each page of an outlet: the built-in ones plus the outlet's rules that apply
/// to the URL. One <see cref="ChangeContext"/> per distinct combination, since compiled rules are cached per instance.
/// </summary>
internal sealed class OutletRules(Outlet? outlet)
{
    private readonly ConcurrentDictionary<string, ChangeContext> _contexts = new(StringComparer.Ordinal);

    public ChangeContext For(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var rules = outlet?.Ignore ?? [];
        var applying = Enumerable.Range(0, rules.Count)
            .Where(i => rules[i].UrlPrefix is not { } prefix || url.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var key = string.Join(',', applying);
        return _contexts.GetOrAdd(key, _ =>
        {
            var merged = IgnoreRules.Default;
            foreach (var rule in applying.Select(i => rules[i]))
            {
                merged = merged.Merge(new IgnoreRules(rule.Lines, rule.Blocks) { DropSelectors = rule.Selectors });
            }

            return new ChangeContext(merged);
        });
    }
}
