using MediaMonitor.Content.Changes;

namespace MediaMonitor.Content.Monitoring;

/// <summary>A content fetch judged against the last good snapshot.</summary>
/// <param name="Outcome">One of <see cref="FetchOutcomes"/>.</param>
/// <param name="Reason">Why, in a word: status_404, redirect_to_home, soft_404, closure, http_503, no_text...</param>
/// <param name="Change">How the main text changed, when it was compared.</param>
/// <param name="TitleChanged">Whether the headline differs from the last good one (after whitespace normalisation).</param>
internal sealed record Judgement(string Outcome, string? Reason, ContentChange? Change = null, bool TitleChanged = false)
{
    /// <summary>For a live article: whether this is an edit worth a stealth-edit signal.</summary>
    public bool IsEdit => Outcome == FetchOutcomes.Good && (TitleChanged || Change?.Kind is ChangeKinds.Minor or ChangeKinds.Major);
}
