namespace MediaMonitor.Content.Changes;

/// <summary>What classification needs beyond the two texts; per outlet, so an outlet's own ignore rules can ride along.</summary>
/// <param name="Rules">Lines and blocks to ignore; reuse one instance, its compiled form is cached per instance.</param>
/// <param name="MaxDiffLines">Longest diff kept; a rewritten page should not bloat the store.</param>
internal sealed record ChangeContext(IgnoreRules Rules, int MaxDiffLines = ChangeContext.DefaultMaxDiffLines)
{
    public const int DefaultMaxDiffLines = 200;

    public static ChangeContext Default { get; } = new(IgnoreRules.Default);
}
