namespace MediaMonitor.Content.Changes;

/// <summary>
/// Judges how a page's main text changed between two snapshots: quiet about rotating furniture
/// (ignore rules), loud about edits, removals and pages that became a blockpage or a notice.
/// </summary>
internal static class ChangeClassifier
{
    /// <summary>At or above this shingle similarity the texts count as unchanged (a typo fix, a reordered tag).</summary>
    public const double NoneThreshold = 0.97;

    /// <summary>At or above this (and below <see cref="NoneThreshold"/>) the change is minor: a sentence or two edited.</summary>
    public const double MinorThreshold = 0.80;

    public static ContentChange Classify(string? before, string? after, ChangeContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var normalizer = TextNormalizer.For(ctx.Rules);
        var readableBefore = normalizer.ApplyIgnoreRules(before);
        var readableAfter = normalizer.ApplyIgnoreRules(after);
        var normalBefore = TextNormalizer.NormalizeReadable(readableBefore);
        var normalAfter = TextNormalizer.NormalizeReadable(readableAfter);

        var distance = SimHash64.HammingDistance(SimHash64.Compute(normalBefore), SimHash64.Compute(normalAfter));
        if (string.Equals(normalBefore, normalAfter, StringComparison.Ordinal))
        {
            return new ContentChange(ChangeKinds.None, 1.0, distance, null, null);
        }

        var similarity = ShingleSimilarity.Jaccard(normalBefore, normalAfter);
        if (normalAfter.Length == 0)
        {
            return new ContentChange(ChangeKinds.Removed, similarity, distance, null, null);
        }

        var diff = LineDiff.Create(readableBefore, readableAfter, ctx.MaxDiffLines);
        // A blockpage or a closure notice says more than "not found", so it is looked for first.
        if (NoticePhrases.Find(NoticePhrases.Replacements, normalAfter, normalBefore) is { } notice)
        {
            return new ContentChange(ChangeKinds.Replaced, similarity, distance, diff, notice.Reason);
        }

        if (NoticePhrases.Find(NoticePhrases.NotFoundPages, normalAfter, normalBefore) is not null)
        {
            return new ContentChange(ChangeKinds.Removed, similarity, distance, null, null);
        }

        var kind = similarity >= NoneThreshold ? ChangeKinds.None
            : similarity >= MinorThreshold ? ChangeKinds.Minor
            : ChangeKinds.Major;
        return new ContentChange(kind, similarity, distance, kind == ChangeKinds.None ? null : diff, null);
    }
}
